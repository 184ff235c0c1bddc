# __bool__ first, then __len__; the errors CPython raises for bad results
class B:
    def __init__(self, v):
        self.v = v

    def __bool__(self):
        print('bool', self.v)
        return self.v


class L:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n


class Both(L):
    def __bool__(self):
        return True


print(bool(B(True)), not B(False), B(True) and 1, B(False) or 2)
print(len(L(3)), bool(L(0)), bool(Both(0)), 'yes' if L(2) else 'no')
x = L(0)
while not x:
    x.n += 1
assert L(1), 'never'
n = 0
if L(5):
    n = len(L(5))
print(n, bool(L(True)))
print(len(L(-1)))

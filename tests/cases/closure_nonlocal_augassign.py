# `nonlocal n; n += ...` loads through the cell, stores the new value, then
# releases the old one; a list in the cell is changed in place by +=.
class Foo:
    def __init__(self, n):
        self.n = n

    def __add__(self, k):
        return Foo(self.n + k)

    def __del__(self):
        print('drop', self.n)


def make():
    total = Foo(0)
    seen = []

    def add(k):
        nonlocal total, seen
        total += k
        seen += [k]
        return total.n, len(seen)
    return add


add = make()
print(add(1))
print(add(2))
add = None
print('end')

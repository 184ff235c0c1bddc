class R:
    def __init__(self, items):
        self.items = items
    def __reversed__(self):
        print('reversed called')
        return iter(self.items[::-1])
    def __len__(self):
        print('len')
        return len(self.items)
    def __getitem__(self, i):
        print('getitem', i)
        return self.items[i]
class S:
    def __len__(self):
        print('len S')
        return 3
    def __getitem__(self, i):
        print('getitem S', i)
        return [i]
print(list(reversed(R([1, 2, 3]))))
print(list(reversed(S())))
for x in reversed(S()):
    print(x)
r = reversed([[1], [2]])
print(next(r))
del r
class N:
    pass
try:
    reversed(N())
except TypeError as e:
    print(e)
class L:
    def __getitem__(self, i):
        return i
try:
    reversed(L())
except TypeError as e:
    print(e)
class Short:
    def __len__(self):
        return 5
    def __getitem__(self, i):
        print('get', i)
        if i < 3:
            raise IndexError(i)
        return [i]
print(list(reversed(Short())))
class Bad:
    def __len__(self):
        return 2
    def __getitem__(self, i):
        raise KeyError(i)
try:
    list(reversed(Bad()))
except KeyError as e:
    print('key', e)
class RR:
    def __reversed__(self):
        return 'not an iterator'
print(reversed(RR()))
try:
    reversed(5)
except TypeError as e:
    print(e)
print(list(reversed(range(3))), list(reversed((1, 2))), list(reversed('ab')))

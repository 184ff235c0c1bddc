# WeakSet's in-place operators hand `self.data` a generator of ref(item):
# update/|= add, -= and difference_update discard, &= keeps what is in
# both, ^= toggles; a temporary item dies with the list that held it.
import weakref


class Item:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print('item', self.n, 'gone')


a = Item(1)
b = Item(2)
c = Item(3)
s = weakref.WeakSet()
s.update([a, b])
print(len(s), a in s, c in s)
s |= [c, Item(4)]
print(len(s))
s -= [a]
print(len(s), a in s)
s.difference_update([b, Item(5)])
print(len(s), b in s)
s.update([a, b])
s ^= [a, Item(6)]
print(len(s), a in s, b in s)
s.symmetric_difference_update([b, b, c])
print(len(s), b in s, c in s)
s.add(a)
s.intersection_update([a, Item(7)])
print(len(s), a in s)
s -= s
print(len(s))
s.add(c)
s ^= s
print(len(s))
try:
    s.update([a, 5])
except TypeError as e:
    print(e, len(s))

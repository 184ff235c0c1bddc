# WeakSet comparisons against a list: issubset/<= and < build the set of
# references first, issuperset/>= stops at the first item missing, a list
# on the left asks the reflected test; == with a list is identity.
import weakref


class Item:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print('item', self.n, 'gone')


a = Item(1)
b = Item(2)
c = Item(3)
s = weakref.WeakSet([a, b])
print(s <= [a, b, c], s <= [a], s.issubset([b, a]), s < [a, b], s < [a, b, c])
print(s >= [a], s.issuperset([a, c]), s > [a], s > [a, b], s >= [])
print([a] <= s, [a, b] < s, [a, b, c] > s, [c] >= s)
print(s == [a, b], s != [a, b], s.isdisjoint([c, 5]), s.isdisjoint([b]))
print(s.issuperset([c, 5]))
try:
    s.issubset([a, 5])
except TypeError as e:
    print(e)
try:
    print(s < 5)
except TypeError as e:
    print(e)
b = None
print(s <= [a], len(s))

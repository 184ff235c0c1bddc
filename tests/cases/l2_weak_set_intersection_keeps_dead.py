# `s &= other` leaves in the set the callback-less references the
# generator made, so an item dying afterwards is no longer removed:
# len() still counts it, as CPython's does.  intersection() (`&`) makes a
# new WeakSet, whose references do call back.
import weakref
import sys


class Item:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print('item', self.n, 'gone')


a = Item(1)
b = Item(2)
s = weakref.WeakSet([a, b])
s &= [b, a, 5]
print(len(s), weakref.getweakrefcount(a), sys.getrefcount(a))
a = None
print(len(s), b in s)
t = s & [b, 5, Item(3)]
print(type(t).__name__, len(t), b in t)
u = s.intersection([Item(4)])
print(len(u))
b = None
print(len(s), len(t))

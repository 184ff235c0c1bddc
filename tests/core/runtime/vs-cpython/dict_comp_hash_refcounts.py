# MAP_ADD moves the comprehension's key into the dict (_PyDict_SetItem_Take2):
# no extra reference while __hash__ and __eq__ run (the oracle's comprehension
# helper holds three more)
import sys
class K:
    def __hash__(self):
        print('hash', sys.getrefcount(self))
        return 1
    def __eq__(self, o):
        print('eq', sys.getrefcount(self), sys.getrefcount(o))
        return self is o
a = K()
b = K()
l = [a, b]
print('comp')
d = {k: 0 for k in l}
print('display')
d2 = {a: 1, b: 2}
print('setitem')
m = {}
m[a] = 5
m[b] = 6
print('getitem')
print(m[a])

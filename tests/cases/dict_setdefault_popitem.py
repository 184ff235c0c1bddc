# setdefault() stores its default only for a missing key; popitem()
# takes the last entry out as a (key, value) tuple.
import sys
class Foo:
    def __init__(self, t):
        self.t = t
    def __del__(self):
        print('del', self.t)
d = {}
v = d.setdefault('a', [])
v.append(Foo('a'))
print(sys.getrefcount(v), d.setdefault('a', Foo('unused')) is v)
d['b'] = Foo('b')
k, x = d.popitem()
print(k, x.t, len(d))
del x
print(d.popitem()[0], d)
print('end')

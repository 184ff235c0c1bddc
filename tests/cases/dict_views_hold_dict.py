# keys(), values() and items() are views: untraced, they hold their
# dict (sys.getrefcount counts them), print as CPython, and see changes.
import sys
class Foo:
    def __init__(self, t):
        self.t = t
    def __del__(self):
        print('del', self.t)
d = {'a': 1, 'b': [2]}
k = d.keys()
v = d.values()
it = d.items()
print(k, v, it, len(k), len(it), 'a' in k, 'z' in k, 1 in v, [2] in v, ('a', 1) in it, ('a', 2) in it, 5 in it)
print(sys.getrefcount(d), bool(k), bool({}.keys()))
d['c'] = Foo('c')
print(len(v), list(k), sorted(k), list(it)[0])
for key, value in d.items():
    print(key, value)
for x in d.values():
    print(x)
for x in k:
    print(x)
l = []
l.extend(d.values())
print(len(l))
del d
print('d gone')
del k, v
print('views gone')
del it
print('end')

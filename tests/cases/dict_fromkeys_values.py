# fromkeys() allocates its dict first; every key shares the one value.
import sys
class Foo:
    def __del__(self):
        print('del Foo')
v = Foo()
d = dict.fromkeys(['a', 'b', 'c'], v)
print(len(d), sys.getrefcount(v), d['a'] is d['c'])
e = dict.fromkeys(range(3))
print(e, dict.fromkeys('xy', []), dict.fromkeys({'k': 1}))
del d
print(sys.getrefcount(v))

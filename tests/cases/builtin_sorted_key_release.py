# sorted() allocates its list, calls the key of every item first (the
# frame holds the item), sorts, then releases the keys first to last.
import sys
class Foo:
    def __init__(self, v):
        self.v = v
    def __del__(self):
        print('del Foo', self.v)
class Key:
    def __init__(self, v):
        self.v = v
    def __del__(self):
        print('del Key', self.v)
a = [Foo(2), Foo(3), Foo(1)]
def key(f):
    print('key of', f.v, sys.getrefcount(f), sys.getrefcount(a))
    return [f.v]
s = sorted(a, key=key)
print(s[0].v, s[1].v, s[2].v, sys.getrefcount(s[0]))
del a
print('a gone')
s.sort(key=key, reverse=True)
print(s[0].v, s[1].v, s[2].v)
del s
print('end')

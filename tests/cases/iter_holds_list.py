# A list iterator holds its list: sys.getrefcount counts it, and the
# list outlives its name until the iterator is exhausted or dropped.
import sys
class Foo:
    def __del__(self):
        print('del Foo')
l = [Foo()]
it = iter(l)
print(sys.getrefcount(l))
del l
print('name gone')
print(next(it, None) is not None)
print('item taken')
print(next(it, 'end'))
print('exhausted')
it2 = iter([Foo()])
del it2
print('dropped')
print(iter([]), enumerate([]), zip(), reversed([]), map(len, []), filter(None, []))

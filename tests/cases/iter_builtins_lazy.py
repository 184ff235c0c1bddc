# iter, next, enumerate, zip, reversed, map and filter are lazy iterators
# that hold what they walk; next() takes a default.
import sys
class Foo:
    def __init__(self, t):
        self.t = t
    def __del__(self):
        print('del', self.t)
l = [Foo('a'), Foo('b')]
it = iter(l)
print(sys.getrefcount(l), next(it).t, next(it).t, next(it, 'done'), sys.getrefcount(l))
for i, x in enumerate(l, 1):
    print(i, x.t)
for i, x in enumerate(l, start=5):
    print(i, x.t)
for a, b in zip(l, 'xyz'):
    print(a.t, b)
for x in reversed(l):
    print(x.t)
print(list(reversed(range(5))), list(reversed('héllo')), list(reversed((1, 2))), list(reversed(range(10, 0, -3))))
def tag(f):
    return f.t
print(list(map(tag, l)), list(map(str, [1, 2])), list(filter(None, [0, 1, '', 'a'])), list(filter(tag, l)) == l)
def add(a, b):
    return a + b
print(list(map(add, [1, 2, 3], [10, 20])), list(zip()), list(zip([1], [2], [3])), sum(map(len, ['ab', 'c'])))
e = enumerate(l)
print(next(e)[1].t)
del l
print('l gone')
del e
print('e gone')
for x, y in zip(iter([Foo('c')]), [1]):
    del x
    print('x gone')
print('loop done')
it = iter({'k': 1}.items())
print(next(it), sorted(iter(range(3)), reverse=True), max(iter('abc')))
print(list(iter(iter([1, 2]))), any(map(tag, [])), dict(zip('ab', range(2))), list(enumerate('ab')))
print(dict(enumerate('xy')), tuple(zip([1], [2])) if False else 0)

# tuple() and f(*x) of iterators and views take their items as a for
# loop would; the tuple holds new (key, value) pairs of an items view.
class Foo:
    def __del__(self):
        print('del Foo')
def f(a, b):
    print(a, b)
f(*zip([1], [2]))
f(*{'x': 1, 'y': 2}.keys())
d = {'k': Foo()}
t = tuple(d.items())
print(len(t), tuple(map(abs, [-1])), tuple(enumerate('ab')), tuple(iter([])))
del d
print('dict gone')
del t
print('end')

l = []
try:
    l[5]
except IndexError as e:
    a = e
try:
    l[6]
except IndexError as e:
    b = e
print(a.args[0] is b.args[0], a.args[0] is a.args[0], str(a) is a.args[0], str(a) is str(a))
d = {}
k = ''.join(['z', 'z'])
try:
    d[k]
except KeyError as e:
    print(e.args[0] is k, str(e) is str(e))
try:
    int('q')
except ValueError as e:
    print(str(e) is e.args[0])
try:
    getattr(l, ''.join(['n', 'o']))
except AttributeError as e:
    print(str(e) is e.args[0], e.args[0] is e.args[0])
print('%(a)s' % {'a': k} is k, '%(a)s!' % {'a': k} is '%(a)s!' % {'a': k})
def f(x, y):
    return x
print(f(y=1, x=k) is k, f(*[k, 1]) is k, f(**{'x': k, 'y': 2}) is k)
print(getattr(f, '__name__') is 'f', getattr(l, 'x', k) is k, {}.get(1, k) is k, {1: k}.pop(1) is k)
print(str(1 == 1) is str(True), repr(1 < 0) is repr(False))

import weakref
k = ''.join(['a', 'b'])
def f(**kw):
    return list(kw)[0]
print(f(**{k: 1}) is k, f(ab=1) is 'ab', f(**{'ab': 1}) is 'ab')
d = dict(**{k: 1})
print(list(d)[0] is k, list(dict(ab=2))[0] is 'ab', list(dict({k: 1}))[0] is k, list(dict([(k, 1)]))[0] is k)
def g(ab):
    return ab
print(g(**{k: k}) is k)
class T:
    pass
t = T()
w = weakref.WeakValueDictionary()
w[k] = t
print(list(w.keys())[0] is k, list(w)[0] is k, 'ab' in w)
z = {}
z.update({k: 1})
z.update(ab=2)
print(list(z)[0] is k, z)
y = {}
y.setdefault(k, 1)
print(list(y)[0] is k, y.pop('ab'), y)
x = {'ab': 1}
x.update({k: 3})
print(list(x)[0] is 'ab', list(x.items())[0][0] is 'ab')
print({k: 1} == {'ab': 1}, [k] == ['ab'], (k,) == ('ab',))

# `|` and `|=` of weak dicts: `d | m` copies d then updates the copy,
# `m | d` builds a new container from m then d, `d |= m` updates d.
import weakref


class Val:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print('value', self.n, 'gone')


a = Val(1)
b = Val(2)
d = weakref.WeakValueDictionary({'a': a})
e = d | {'b': b}
print(type(e).__name__, len(e), len(d), e['b'].n)
f = {'c': a} | d
print(type(f).__name__, len(f), f['c'] is f['a'])
d |= {'b': b, 'c': b}
print(len(d), d['c'].n)
b = None
print(len(d), len(e), len(f))
k = weakref.WeakKeyDictionary()
k |= {a: 'one'}
print(len(k), k[a])
g = k | {a: 'uno'}
print(g[a], k[a])
try:
    d | [1]
except TypeError as err:
    print(err)
print('end')

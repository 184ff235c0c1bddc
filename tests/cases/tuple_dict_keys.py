# Tuples are dict keys by value: an equal tuple finds the entry (True is
# 1 inside too) and the dict keeps the first key object.
class Foo:
    def __init__(self, tag):
        self.tag = tag

    def __del__(self):
        print('bye', self.tag)


f = Foo('k')
d = {(1, 2): 'a', (f, 'x'): 'b'}
k = 2
print(d[(1, k)], d[(True, 2)], d[f, 'x'], len(d))
d[(1, k)] = 'c'
print(d)
f = None
print('the key keeps f')
d = None
print({(): 1}[()])
k = (1, [])
d = {}
d[k] = 0

# `d |= m` updates the dict in place (a dict, or pairs); `d | m` makes a
# new dict: the copy, then the update.
class Foo:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print('bye', self.n)


d = {'a': Foo(1)}
same = d
d |= {'b': Foo(2)}
print(d is same, len(d))
d |= [['c', 3], 'xy']
print(list(d))
e = d | {'a': Foo(4)}
print(e['a'].n, d['a'].n, e is d)
same = None
e = None
d |= 5

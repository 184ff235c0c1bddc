# d[k] += v with a missing key fails in BINARY_SUBSCR, before v is
# evaluated.
class Foo:
    def __del__(self):
        print('foo gone')


d = {'a': [Foo()]}
d['a'] += [Foo()]
print(len(d['a']))
d['b'] += [Foo()]
print('not reached')

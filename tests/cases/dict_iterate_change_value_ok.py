# Changing values while iterating keeps the size: no error.
class Foo:
    def __init__(self, t):
        self.t = t
    def __del__(self):
        print('del', self.t)
d = {'a': Foo('a1'), 'b': Foo('b1')}
for k, v in d.items():
    print(k, v.t)
    d[k] = Foo(k + '2')
    del v
print('done')
for k in d:
    d.pop(k)
    break
print(len(d))

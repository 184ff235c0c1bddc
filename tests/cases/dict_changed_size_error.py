# Adding a key while a for loop walks the dict is a RuntimeError at the
# next step; the loop's iterator keeps the dict until it is released.
class Foo:
    def __del__(self):
        print('del Foo')
d = {'a': 1, 'b': 2}
for k in d:
    print(k)
    d[k + k] = Foo()

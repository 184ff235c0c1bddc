# `x in s` with a string s needs a string x.
class Foo:
    def __del__(self):
        print('foo gone')


f = Foo()
print('a' in 'abc')
print(f in 'abc')

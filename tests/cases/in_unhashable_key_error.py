# Looking a list up in a dict hashes it: TypeError.
class Foo:
    def __del__(self):
        print('foo gone')


d = {'a': 1}
print('a' in d)
print([Foo()] in d)

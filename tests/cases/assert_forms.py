# assert: nothing happens when the test is true (the message is not
# evaluated); the test is released first.
class Foo:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print('bye', self.n)


def side():
    print('side effect')
    return 'msg'


assert True
assert [Foo(1)], side()
assert 1 < 2 < 3, 'ok'
x = Foo(2)
assert x.n == 2
print('fine')
assert not [Foo(3)], [Foo(4)]
print('not reached')

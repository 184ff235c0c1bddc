# In a function `x: int` makes x local without giving it a value: reading
# it is UnboundLocalError, and the frame still releases its other locals.
class Foo:
    def __del__(self):
        print('foo gone')


x = 'global'


def f():
    keep = Foo()
    x: int
    print(x)


f()

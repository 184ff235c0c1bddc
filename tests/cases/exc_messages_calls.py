# The message, class and args of the errors calls, unpacking, attributes,
# subscripts and recursion raise, caught: each as CPython words it.
class Foo:
    def __init__(self, a):
        self.a = a

    def m(self, x):
        return x


def f(a, b=1, *, c):
    return a


def rec(n):
    return rec(n + 1)


def show(i, err):
    print(i, err.__class__.__name__, '|', err, '|', err.args)


try:
    Foo()
except TypeError as e:
    show(1, e)
try:
    Foo(1).m()
except TypeError as e:
    show(2, e)
try:
    f()
except TypeError as e:
    show(3, e)
try:
    f(1, 2, 3)
except TypeError as e:
    show(4, e)
try:
    f(1, d=2)
except TypeError as e:
    show(5, e)
try:
    rec(0)
except RecursionError as e:
    show(6, e)
try:
    for x in 5:
        pass
except TypeError as e:
    show(7, e)
try:
    1 in 5
except TypeError as e:
    show(8, e)
try:
    a, b = 1, 2, 3
except ValueError as e:
    show(9, e)
try:
    a, b, c = [1, 2]
except ValueError as e:
    show(10, e)
try:
    Foo(1).zz
except AttributeError as e:
    show(11, e)
try:
    del Foo(1).zz
except AttributeError as e:
    show(12, e)
try:
    Foo.zz
except AttributeError as e:
    show(13, e)
try:
    x = [1, 2]
    del x[5]
except IndexError as e:
    show(15, e)
try:
    d = {}
    del d['q']
except KeyError as e:
    show(16, e)
try:
    def g():
        print(loc)
        loc = 1
    g()
except UnboundLocalError as e:
    show(17, e)
try:
    print(1 < None)
except TypeError as e:
    show(18, e)
try:
    x = [1]
    x[1] = 2
except IndexError as e:
    show(19, e)
try:
    (1, 2)[0] = 5
except TypeError as e:
    show(20, e)
try:
    'abc'[0] = 'x'
except TypeError as e:
    show(21, e)
try:
    Foo(1)(2)
except TypeError as e:
    show(22, e)
try:
    assert False, ('tuple', 'msg')
except AssertionError as e:
    show(23, e)
try:
    print(10 % 0.0)
except ZeroDivisionError as e:
    show(24, e)
try:
    print(int('12', 1))
except ValueError as e:
    show(25, e)

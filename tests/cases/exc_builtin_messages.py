# Every runtime error is a catchable exception with CPython's message.
class Foo:
    pass


def show(e):
    print(e.__class__.__name__, '|', e, '|', repr(e), '|', e.args)


try:
    1 // 0
except ZeroDivisionError as e:
    show(e)
try:
    [1, 2][5]
except IndexError as e:
    show(e)
try:
    {'a': 1}['b']
except KeyError as e:
    show(e)
try:
    Foo().missing
except AttributeError as e:
    show(e)
try:
    undefined_name
except NameError as e:
    show(e)
try:
    'a' + 1
except TypeError as e:
    show(e)
try:
    int('x')
except ValueError as e:
    show(e)
try:
    assert 1 == 2
except AssertionError as e:
    show(e)
try:
    [].pop()
except IndexError as e:
    show(e)
try:
    len(5)
except TypeError as e:
    show(e)
try:
    a, b = [1]
except ValueError as e:
    show(e)
try:
    x = 2.0 ** 10000
except OverflowError as e:
    show(e)

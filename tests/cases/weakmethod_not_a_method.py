# WeakMethod needs a bound method.
import weakref


def f():
    pass


try:
    weakref.WeakMethod(f)
except TypeError as e:
    print(e)

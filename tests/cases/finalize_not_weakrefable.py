# A finalizer needs an object that can be weakly referenced.
import weakref


def fin():
    print('fin')


try:
    weakref.finalize([1, 2], fin)
except TypeError as e:
    print(e)
print('end')

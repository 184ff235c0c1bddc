import sys
class D:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print('__del__', self.n)
def inner():
    a = D(1)
    b = D(2)
    raise ValueError('x')
def outer():
    c = D(3)
    inner()
try:
    outer()
except ValueError as e:
    print('handling')
print('after')
def stores():
    q = D(4)
    try:
        raise KeyError(D(5))
    except KeyError as e:
        err = e
    print('stored')
stores()
print('returned')
import gc
gc.collect()
print('collected')
def breaks():
    q = D(6)
    try:
        raise KeyError(D(7))
    except KeyError as e:
        err = e
    err.__traceback__ = None
breaks()
print('end')

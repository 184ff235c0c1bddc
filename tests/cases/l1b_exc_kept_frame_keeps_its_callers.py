import sys
class D:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print('__del__', self.n)
def inner():
    i = D(1)
    raise KeyError('x')
def middle():
    m = D(2)
    try:
        inner()
    except KeyError as e:
        return e
def outer():
    o = D(3)
    err = middle()
    print('outer has err')
    return err
e = outer()
print('module has e')
del e
print('end')

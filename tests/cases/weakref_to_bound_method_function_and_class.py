import gc
import weakref


class A:
    def m(self):
        pass


def cb(w):
    print('callback')


def f():
    pass


a = A()
w = weakref.ref(a.m, cb)
print('the bound method died at once', w() is None)
wf = weakref.ref(f, cb)
print(wf() is f)
wc = weakref.ref(A, cb)
print(wc() is A)
del A
a = None
print('class deleted; it dies in the next collection')
gc.collect()
print(wc() is None)

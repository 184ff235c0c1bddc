import weakref
import gc

class T:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print('del', self.n)

t = T('target')
r = weakref.ref(t, lambda ref: print('callback', ref() is None))
cb = lambda d=T('kept by default'): d.n
print(cb())
del t
t2 = T('cycle')
t2.f = lambda s=t2: s.n
print(t2.f())
del t2
print('before collect')
gc.collect()
del cb
print('end')

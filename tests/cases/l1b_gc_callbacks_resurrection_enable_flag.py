import gc, weakref
class D:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print('__del__', self.n)
print(gc.isenabled())
gc.enable()
print(gc.isenabled())
gc.disable()
a = D(1)
b = D(2)
a.b = b
b.a = a
def cb(w):
    print('cb')
w = weakref.ref(a, cb)
del a, b
gc.collect()
print('---')
class C:
    x = D(3)
del C
print('class deleted')
gc.collect()
print('---')
class R:
    def __del__(self):
        global saved
        saved = self
        print('res')
r = R()
r.me = r
r.k = D(4)
rw = weakref.ref(r)
del r
gc.collect()
print(rw(), saved.k.n)
del saved
gc.collect()
print('end')

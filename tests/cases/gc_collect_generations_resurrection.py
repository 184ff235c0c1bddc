# Generations with finalizers, resurrection and weakref callbacks; an
# invalid generation is a ValueError after `gc start`.
import gc
import weakref
saved = []
class R:
    def __init__(self, n):
        self.n = n
        self.me = self
    def __del__(self):
        print('fin', self.n)
        if self.n == 2:
            saved.append(self)
def cb(w):
    print('cb')
a = R(1)
b = R(2)
w = weakref.ref(a, cb)
a = b = None
gc.collect(0)
print(len(saved))
saved.clear()
gc.collect(0)
print('gen1 now')
gc.collect(1)
c = R(3)
gc.collect(1)
c = None
gc.collect(1)
gc.collect(2)
print('done')
gc.collect(-1)

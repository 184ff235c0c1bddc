# A class as a weakref callback during gc.collect() and next to callbacks
# that fail (swallowed).
import weakref
import sys
import gc
saved = []
class Logger:
    def __init__(self, ref):
        print('logger got', ref() is None, sys.getrefcount(self))
        saved.append(ref)
    def __del__(self):
        print('logger del')
class Bad:
    def __init__(self):
        print('never')
class NoInit:
    pass
class A:
    def __init__(self):
        self.me = self
a = A()
w1 = weakref.ref(a, Logger)
a = None
gc.collect()
print(len(saved), saved[0] is w1)
b = A()
b.me = None
w2 = weakref.ref(b, Bad)
w3 = weakref.ref(b, NoInit)
w4 = weakref.ref(b, Logger)
b = None
print('end', len(saved))

# A class as a weakref callback: the weakref is passed borrowed, so inside
# __init__ only the args tuple and the frame hold it besides its names
# (one callback: no extra holder; several: the callbacks' tuple too).
import weakref
import sys
class Logger:
    def __init__(self, ref):
        print('logger got', ref() is None, sys.getrefcount(ref))
        self.ref = ref
    def __del__(self):
        print('logger del')
class A:
    pass
a = A()
w = weakref.ref(a, Logger)
a = None
print('mid')
b = A()
w2 = weakref.ref(b, Logger)
w3 = weakref.ref(b, Logger)
b = None
print('end')

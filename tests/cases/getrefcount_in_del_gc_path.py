import gc
import sys


class A:
    def __init__(self):
        self.me = self

    def __del__(self):
        print('in del', sys.getrefcount(self))


a = A()
a = None
gc.collect()
print('end')

import sys


class A:
    def __del__(self):
        print('in del', sys.getrefcount(self))


a = A()
a = None
print('end')

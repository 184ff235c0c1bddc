import sys


class A:
    def __del__(self):
        print('count in __del__', sys.getrefcount(self))


def f():
    local = A()
    return local.missing


f()

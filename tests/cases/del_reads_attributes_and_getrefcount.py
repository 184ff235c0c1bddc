import sys


class A:
    def __init__(self, tag):
        self.tag = tag

    def __del__(self):
        print('bye', self.tag, sys.getrefcount(self))


x = A('x')
y = x
x = None
print('y still holds')
y = None
print('end')

import sys


class A:
    def __del__(self):
        print('in __del__', sys.getrefcount(self))


l = [A(), A()]
l.clear()
d = {'k': A()}
d.pop('k')
print('end')

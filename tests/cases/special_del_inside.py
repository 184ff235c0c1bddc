# Temporaries made inside a special method die when its frame returns,
# before the caller goes on; getrefcount of self counts the frame.
import sys


class T:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print('del', self.name)

    def __len__(self):
        tmp = T('tmp-' + self.name)
        print('len', sys.getrefcount(self))
        return 1

    def __add__(self, other):
        print('add', sys.getrefcount(self), sys.getrefcount(other))
        return T(self.name + other.name)

    def __lt__(self, other):
        return len(self.name) < len(other.name)

    def __str__(self):
        return 'T ' + self.name


a = T('a')
if a:
    print('truthy')
b = a + T('b')
print(b, a < b, T('xyz') < a)
c = a + b + T('c')
print(c)
del a, b
print('end')

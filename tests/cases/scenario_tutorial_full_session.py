import gc
import sys
import weakref


class Foo:
    def __init__(self, name):
        self.value = 1
        self.name = name
        self.friend = None
        print('created', name)

    def __del__(self):
        print('destroyed', self.name)


a = Foo('a')
print(sys.getrefcount(a))
a = 1
print('rebound')


def func(a):
    b = Foo('b')
    a.friend = b
    b.friend = a


a = Foo('a2')
func(a)
del a
print('after del: the pair leaks')
gc.collect()
print('collected')
a, b = Foo('wa'), Foo('wb')
a.friend = weakref.ref(b)
b.friend = weakref.ref(a)
b = None
print(a.friend())
a = None
print('end')

import sys


class A:
    def __init__(self):
        print('init', sys.getrefcount(self))


class B:
    def __init__(self, other):
        print('init self', sys.getrefcount(self), 'other', sys.getrefcount(other))
        self.other = other
        print('stored', sys.getrefcount(other))


a = A()
print('after', sys.getrefcount(a))
b = B(A())
print('after', sys.getrefcount(b), sys.getrefcount(b.other))
k = A()
c = B(k)
print(sys.getrefcount(k))

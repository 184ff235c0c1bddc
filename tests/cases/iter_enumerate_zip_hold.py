# enumerate and zip hold their iterators, which hold the lists: the
# lists outlive their names until the iterator dies.
import sys
class Foo:
    def __init__(self, t):
        self.t = t
    def __del__(self):
        print('del', self.t)
a = [Foo('a')]
b = [Foo('b')]
e = enumerate(a)
z = zip(a, b)
print(sys.getrefcount(a), sys.getrefcount(b))
del a, b
print('names gone')
del e
print('enumerate gone')
print(next(z)[0].t)
del z
print('end')

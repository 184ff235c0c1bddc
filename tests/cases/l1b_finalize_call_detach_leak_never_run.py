import weakref, gc
class D:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print('__del__', self.n)
a = D(1)
f = weakref.finalize(a, print, 'fin', D(2))
del a
print('after a')
b = D(3)
f2 = weakref.finalize(b, print, D(4))
f2()
print('called', f2.alive)
c = D(5)
f3 = weakref.finalize(c, print, c)
del c
print('leaked?')
e = D(6)
f4 = weakref.finalize(e, print, 'x', D(7))
t = f4.detach()
print(t[0] is e, len(t))
del t
print('detached')
g = D(8)
f5 = weakref.finalize(g, print, 'never', D(9))
del f5

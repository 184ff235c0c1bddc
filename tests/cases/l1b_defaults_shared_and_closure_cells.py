import sys
class D:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print('__del__', self.n)
def f(x, acc=[]):
    acc.append(x)
    return acc
print(len(f(1)), len(f(2)))
print(sys.getrefcount(f.__defaults__[0]))
def mk():
    v = D(1)
    def get():
        return v
    v = D(2)
    return get
g = mk()
print('have g', g().n)
del g
print('cycle')
class S:
    def __init__(self):
        self.cb = lambda: self
s = S()
del s
import gc
gc.collect()
print('end')

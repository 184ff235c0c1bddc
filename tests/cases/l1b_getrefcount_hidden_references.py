import sys
class D:
    pass
d = D()
print(sys.getrefcount(d))
def f(p):
    print(sys.getrefcount(p))
    q = p
    print(sys.getrefcount(p))
f(d)
f(D())
l = [d, d]
for x in l:
    print(sys.getrefcount(l), sys.getrefcount(x))
t = (d, d)
print(sys.getrefcount(d))
def mk():
    c = d
    return lambda: c
g = mk()
print(sys.getrefcount(d))
class M:
    def m(self):
        pass
m = M()
bm = m.m
print(sys.getrefcount(m))
def dflt(a=d):
    pass
print(sys.getrefcount(d))
def kept():
    z = d
    raise ValueError
try:
    kept()
except ValueError as e:
    print(sys.getrefcount(d))
print(sys.getrefcount(d))
class Sub(D):
    pass
print(sys.getrefcount([]))
print(sys.getrefcount({}))

import weakref
class C:
    def m(self):
        return 1
    def __del__(self):
        print('__del__ C')
c = C()
wm = weakref.WeakMethod(c.m)
print(wm()())
r = weakref.ref(c.m)
print(r())
print(weakref.getweakrefcount(c))
p = weakref.proxy(c)
r2 = weakref.ref(c)
print(r2 is weakref.ref(c))
print(weakref.getweakrefcount(c))
del c
print(wm())
print(r2())
try:
    p.m()
except ReferenceError as e:
    print('RE', e)
l = []
try:
    weakref.ref(l)
except TypeError as e:
    print(e)
try:
    weakref.ref({})
except TypeError as e:
    print(e)
class S:
    __slots__ = ('a',)
try:
    weakref.ref(S())
except TypeError as e:
    print(e)
class S2:
    __slots__ = ('a', '__weakref__')
s2 = S2()
print(weakref.ref(s2)() is s2)

class B:
    pass
try:
    class S(B):
        __slots__ = ('__weakref__',)
except TypeError as e:
    print(e)
try:
    class T(B):
        __slots__ = ('__dict__',)
except TypeError as e:
    print(e)
class U:
    __slots__ = ('__dict__',)
class V(U):
    __slots__ = ('a', '__weakref__')
v = V()
v.a = 1
v.b = 2
print(v.a, v.b)
try:
    class W(U):
        __slots__ = ('__dict__',)
except TypeError as e:
    print(e)
try:
    class X:
        __slots__ = ('__weakref__', '__weakref__')
except TypeError as e:
    print(e)

# isinstance() sees a proxy as its referent's class too (through
# __class__), and as a ProxyType; a dead proxy raises.
import weakref


class Base:
    pass


class Foo(Base):
    pass


f = Foo()
p = weakref.proxy(f)
print(isinstance(p, Foo), isinstance(p, Base), isinstance(p, weakref.ProxyType))
print(isinstance(p, (int, Foo)), p.__class__ is Foo, type(p) is Foo)
del f
try:
    isinstance(p, Foo)
except ReferenceError as e:
    print(e)

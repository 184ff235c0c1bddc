# The three modules under other names, and their members imported by
# name.
import weakref as wr, gc as g
import sys
from gc import collect, isenabled as on
from sys import getrefcount as rc
from weakref import ref


class Foo:
    pass


a = Foo()
w = wr.ref(a)
print(w is ref(a), rc(a), sys.getrefcount(a), on(), g.isenabled())
g.enable()
print(on())
g.disable()
b = Foo()
b.me = b
del b
print(collect() >= 0, w() is a)
del a
print(w())

# The weak helpers in every import form.
import weakref as wr
from weakref import ref, finalize, proxy, WeakMethod, getweakrefcount, ReferenceType


class Foo:
    def m(self):
        return 'm'


a = Foo()
w = ref(a)
print(w is wr.ref(a), ReferenceType is ref, type(w) is wr.ReferenceType)
p = proxy(a)
wm = WeakMethod(a.m)
print(p.m(), wm()(), getweakrefcount(a), wr.getweakrefcount(a))
fin = finalize(a, print, 'finalized')
del a
print(w(), fin.alive)

# Comparing a proxy compares its referent; a dead proxy raises.
import weakref


class Foo:
    def __eq__(self, other):
        print('Foo.__eq__')
        return True


f = Foo()
p = weakref.proxy(f)
print(p == 1, p is f)
f = None
try:
    p == 1
except ReferenceError as e:
    print(e)

# Storing through a dead proxy raises ReferenceError and releases the value.
import weakref


class Foo:
    pass


f = Foo()
p = weakref.proxy(f)
f = None
try:
    p.x = [1, 2]
except ReferenceError as e:
    print('set:', e)
try:
    del p.x
except ReferenceError as e:
    print('del:', e)

# An uncaught ReferenceError from a dead proxy stops the script.
import weakref


class Foo:
    pass


f = Foo()
keep = [1]
p = weakref.proxy(f)
del f
print(p.anything)

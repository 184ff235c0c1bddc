# detach() takes the finalizer out of the registry and hands out its parts.
import weakref


class Foo:
    pass


def never(x):
    print('never', x)


o = Foo()
f = weakref.finalize(o, never, [1])
obj, func, args, kwargs = f.detach()
print(obj is o, func is never, args, kwargs, f.alive)
print(f.detach(), f.peek())
del obj, func, args, kwargs
del o
print('end')

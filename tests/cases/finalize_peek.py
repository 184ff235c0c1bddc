# peek() hands out the parts and leaves the finalizer alive.
import weakref


class Foo:
    pass


def done(tag):
    print('done', tag)


o = Foo()
f = weakref.finalize(o, done, 'x')
t = f.peek()
print(t[0] is o, t[2], t[3], f.alive)
t = None
o = None
print(f.peek(), f.alive)

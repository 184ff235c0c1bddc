# An object whose __del__ resurrects it: the finalizer waits for its real death.
import weakref


class Phoenix:
    def __del__(self):
        global saved
        print('__del__ saves it')
        saved = self


def fin():
    print('finalizer')


saved = None
p = Phoenix()
f = weakref.finalize(p, fin)
p = None
print('alive?', f.alive)
saved = None
print('end', f.alive)

# A finalizer runs when its object dies, after __del__, before the attributes go.
import weakref


class Res:
    def __init__(self):
        self.data = [1, 2]

    def __del__(self):
        print('__del__')


def closed(name):
    print('finalizer', name)


r = Res()
f = weakref.finalize(r, closed, 'res')
print(f.alive)
del r
print(f.alive)

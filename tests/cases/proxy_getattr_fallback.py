# A proxy forwards to __getattr__ and to properties too.
import weakref


class Lazy:
    def __getattr__(self, name):
        return 'computed ' + name

    @property
    def size(self):
        return 3


l = Lazy()
p = weakref.proxy(l)
print(p.anything, p.size, getattr(p, 'other'))

# After the call the finalizer's arguments go last to first, then its function.
import weakref


class Item:
    def __init__(self, tag):
        self.tag = tag

    def __del__(self):
        print('item gone', self.tag)


class Owner:
    pass


class Func:
    def __call__(self, *items):
        print('called with', len(items))

    def __del__(self):
        print('func gone')


o = Owner()
weakref.finalize(o, Func(), Item(1), Item(2), Item(3))
del o
print('end')

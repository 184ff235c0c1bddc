# A weak reference does not keep its object alive.  When the object dies,
# the weak reference is cleared and its callback runs, newest first.
import weakref


class Resource:
    def __init__(self, name):
        self.name = name


def gone(ref):
    print('callback: the resource is gone', ref() is None)


r = Resource('db')
w1 = weakref.ref(r)
w2 = weakref.ref(r, gone)
print(w1() is r)   # True: calling a live weak reference gives the object
r = None           # refcount 0: destroyed, w1 and w2 go dead, gone() runs
print(w1())        # None
print('end')

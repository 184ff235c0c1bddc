import sys
import weakref


class Watcher:
    def gone(self, w):
        print('watcher count in callback', sys.getrefcount(self))


class A:
    pass


watcher = Watcher()
a = A()
w = weakref.ref(a, watcher.gone)
print('watcher count before', sys.getrefcount(watcher))
a = None
print('watcher count after', sys.getrefcount(watcher))

import weakref


class Watcher:
    def note(self, w):
        print('noted')


class A:
    pass


a = A()
w = weakref.ref(a, Watcher().note)
print('the watcher is alive through the callback of w')

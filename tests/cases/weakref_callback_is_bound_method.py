import weakref


class Watcher:
    def __init__(self, name):
        self.name = name

    def gone(self, w):
        print(self.name, 'saw it go')


class A:
    pass


a = A()
w = weakref.ref(a, Watcher('watcher').gone)
print('watcher kept alive by the weakref callback')
a = None
print('after a')
w = None
print('end')

import weakref


class Watcher:
    def __init__(self, name):
        self.name = name

    def gone(self, w):
        print(self.name, 'called')


class A:
    pass


a = A()
a.w = weakref.ref(a, Watcher('on a').gone)
w2 = weakref.ref(a, Watcher('module').gone)
a = None
print('end')

import weakref


class Watcher:
    def __init__(self, name):
        self.name = name

    def gone(self, w):
        print(self.name, 'called')


class A:
    pass


a = A()
w1 = weakref.ref(a, Watcher('old').gone)
w2 = weakref.ref(a, Watcher('mid').gone)
w3 = weakref.ref(a, Watcher('new').gone)
a = None
print('end')

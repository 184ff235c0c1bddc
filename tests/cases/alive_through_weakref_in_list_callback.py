import weakref


class Watcher:
    def note(self, w):
        print('noted')


class A:
    pass


a = A()
refs = [weakref.ref(a, Watcher().note)]
print('watcher alive through refs -> weakref -> callback')

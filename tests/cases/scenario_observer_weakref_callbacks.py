import weakref


class Subject:
    def __init__(self, name):
        self.name = name


class Registry:
    def __init__(self):
        self.refs = []
        self.removed = 0

    def watch(self, obj):
        self.refs.append(weakref.ref(obj, self.gone))

    def gone(self, w):
        self.removed = self.removed + 1
        self.refs.remove(w)
        print('removed one, left', len(self.refs))


reg = Registry()
a = Subject('a')
b = Subject('b')
reg.watch(a)
reg.watch(b)
reg.watch(b)
a = None
b = None
print(reg.removed)

import gc
import weakref


class Vertex:
    def __init__(self, name):
        self.name = name
        self.out = []
        self.back = []

    def connect(self, other):
        self.out.append(other)
        other.back.append(weakref.ref(self))

    def __del__(self):
        print('vertex', self.name, 'gone')


a = Vertex('a')
b = Vertex('b')
c = Vertex('c')
a.connect(b)
b.connect(c)
c.connect(a)
print(len(a.back), a.back[0]().name)
a = None
b = None
c = None
print('the forward edges form a cycle')
gc.collect()
print('end')

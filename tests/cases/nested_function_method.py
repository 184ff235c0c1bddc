class Base:
    def hello(self):
        print('hello from Base', self.name)

class Node(Base):
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('del', self.name)
    def walk(self, other):
        def show(node, label='node'):
            print(label, node.name)
            return node
        kept = show(other)
        show(self, 'self')
        super().hello()
        print(show.__qualname__)
        return show

a = Node('a')
f = a.walk(Node('b'))
print(f.__qualname__, f.__name__)
f(Node('c'), 'later')
del a
print('end')

import gc


class Child:
    def __init__(self, parent, n):
        self.parent = parent
        self.n = n
        parent.children.append(self)
        if n == 3:
            self.boom = parent.missing


class Parent:
    def __init__(self):
        self.children = []


def build(p):
    for i in range(5):
        Child(p, i)


p = Parent()
print('building')
gc.collect()
build(p)

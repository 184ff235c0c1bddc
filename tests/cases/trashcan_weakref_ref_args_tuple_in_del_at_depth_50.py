import weakref


class P:
    pass


class A:
    def __init__(self, name):
        self.name = name
        self.peer = P()

    def __del__(self):
        if self.name is not None:
            if self.name.name is None:
                w = weakref.ref(self.peer)


h = A(None)
for i in range(50):
    h = A(h)
h = None
print('end')

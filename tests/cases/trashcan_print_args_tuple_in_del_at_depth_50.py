class A:
    def __init__(self, name):
        self.name = name
        self.peer = []

    def __del__(self):
        if self.name is not None:
            if self.name.name is None:
                print('printing the peer at depth 50', self.peer)


class B:
    def __init__(self, name):
        self.name = name
        self.peer = []

    def __del__(self):
        if self.name is not None:
            if self.name.name is None:
                print(self)


h = A(None)
for i in range(50):
    h = A(h)
h = None
print('peer list kept by the deferred print tuple: it dies last')
h = B(None)
for i in range(50):
    h = B(h)
h = None
print('self kept by the deferred print tuple: resurrected until popped')

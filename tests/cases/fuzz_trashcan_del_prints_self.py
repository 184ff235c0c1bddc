# A 121-node chain whose __del__ prints the dying object, each node also
# holding a list: the oracle pops the deferred node BEFORE the deferred
# list after the first trashcan round (with `pass` or print('fin') in
# __del__ the list comes first, as refscope does).
class A:
    def __init__(self, name):
        self.name = name
        self.peer = []
    def __del__(self):
        print(self)
h = None
for i in range(121):
    h = A(h)
del h

import weakref


class Node:
    def __init__(self):
        self.me = self


n = Node()
w = weakref.ref(n)
n = None
print(w() is None)
print('only a weakref points at the cycle: leaked, not alive')

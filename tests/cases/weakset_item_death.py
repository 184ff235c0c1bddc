# An item leaves the set when it dies, after its __del__.
import weakref


class P:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print('del', self.n, len(s))


s = weakref.WeakSet()
a = P(1)
s.add(a)
s.add(P(2))
print(len(s))
a = None
print(len(s))

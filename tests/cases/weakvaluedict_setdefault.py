# setdefault() stores the default when the key is missing or its value died.
import weakref


class V:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print('gone', self.n)


d = weakref.WeakValueDictionary()
a = V(1)
print(d.setdefault('k', a).n)
b = V(2)
print(d.setdefault('k', b).n)
a = None
print(d.setdefault('k', b).n, len(d))

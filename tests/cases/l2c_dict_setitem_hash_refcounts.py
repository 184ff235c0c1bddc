# d[k] = v (PyDict_SetItem) references the key and the value while the
# key's __hash__ and __eq__ run: one more than a lookup's count
import sys


class Key:
    def __init__(self, name):
        self.name = name

    def __hash__(self):
        print('hash', self.name, sys.getrefcount(self))
        return 1

    def __eq__(self, other):
        print('eq', self.name, sys.getrefcount(self), other.name, sys.getrefcount(other))
        return self is other


class Value:
    pass


a = Key('a')
b = Key('b')
v = Value()
m = {}
m[a] = v
m[b] = v
print(sys.getrefcount(v))


class Peek:
    def __hash__(self):
        print('value', sys.getrefcount(w))
        return 2


w = Value()
m[Peek()] = w
print(sys.getrefcount(w))

# What id() and sys.getrefcount take while the script runs: id() of values
# that hold nothing the script made, or that can be weakly referenced, and
# sys.getrefcount of traced objects, wherever they are held.  (id() of a
# tuple of objects and sys.getrefcount of an untraced value are rejected
# when they happen: tests/cli/test-cli.py.)
import sys
import weakref


class Node:
    def method(self):
        return sys.getrefcount(self)

    def __del__(self):
        print("del", self.name)


def f(x):
    return x


n = Node()
n.name = "n"
items = [n, {"k": n}]
print(id((1, "two", (3.0, None))) == id((1, "two", (3.0, None))))
print(id(range(3)) > 0, id(f) > 0, id(Node) > 0, id(len) > 0)
print(id(n.method) > 0)
print(id(n) == id(items[0]), hex(id(items)))
print(sys.getrefcount(n), sys.getrefcount(items), sys.getrefcount(items[1]))
print(n.method(), f(sys.getrefcount(n)))
t = (n, n)
print(sys.getrefcount(n))
w = weakref.ref(n)
print(sys.getrefcount(w()))
del t
items.pop()
print(sys.getrefcount(n))
del items
del n
print(w())

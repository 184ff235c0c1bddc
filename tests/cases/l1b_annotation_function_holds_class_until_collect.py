import gc
class D:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print('__del__', self.n)
class Node:
    registry = [D(1)]
def make(n: Node, *rest: D, k: dict[str, Node] = None) -> list[Node]:
    return [n]
del Node
print('collect with make alive')
gc.collect()
print('drop make')
del make
gc.collect()
print('end')
def outer():
    t = D(2)
    def inner(x: t) -> t:
        return x
    return inner
f = outer()
print('inner holds t')
del f
print('end2')

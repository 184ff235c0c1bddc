# An object holding a closure over itself is a cycle through a cell; the
# collector traverses cells and frees it with what hangs off it.
import gc


class Node:
    def __init__(self, name):
        self.name = name
        self.extra = [name]

    def __del__(self):
        print('node gone', self.name)


def wire(node):
    def report():
        return node.name
    node.report = report


n = Node('a')
wire(n)
print(n.report())
n = None
print('cycle left')
gc.collect()
print('end')

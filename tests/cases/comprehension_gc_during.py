# gc.collect() inside a comprehension frees a cycle made before; the
# frame's locals are roots.
import gc


class Node:
    def __init__(self, n):
        self.n = n
        self.me = self

    def __del__(self):
        print('bye', self.n)


Node(1)
out = [gc.collect() * 0 + x.n for x in [Node(2)]]
print(out)

import gc


class Node:
    def __init__(self, n):
        self.n = n


def make():
    l = [Node(1), Node(2)]
    l.append(l)
    return l


for x in make():
    if x is not None:
        gc.collect()
        print('iterating', 1)
        break
x = None
print('cycle garbage now')
gc.collect()
print('end')

import gc


class Node:
    def __init__(self, tag):
        self.tag = tag
        self.me = self


def make(tag):
    return Node(tag)


def collect():
    gc.collect()
    return 0


def pair(a, b):
    print('pair got', a.tag)


pair(make('on the stack'), collect())
print('cycle now garbage')
gc.collect()
print('end')

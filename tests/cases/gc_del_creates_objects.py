import gc


class Leaf:
    def __init__(self, tag):
        self.tag = tag


class Node:
    def __init__(self):
        self.me = self

    def __del__(self):
        self.extra = Leaf('held by garbage')
        made.append(Leaf('kept'))
        tmp = Leaf('temporary')


made = []
n = Node()
n = None
gc.collect()
print(len(made))

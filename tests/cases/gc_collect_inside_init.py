import gc


class Node:
    def __init__(self):
        self.me = self
        gc.collect()
        print('survived its own collection')


n = Node()
n = None
gc.collect()
print('end')

import gc


class Node:
    def __init__(self):
        self.me = self

    def __del__(self):
        print('finalizer fails')
        print(self.missing)


n = Node()
n = None
gc.collect()
print('script goes on')

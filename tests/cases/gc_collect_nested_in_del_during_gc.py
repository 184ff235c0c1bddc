import gc


class Node:
    def __init__(self):
        self.me = self

    def __del__(self):
        print('nested collect does nothing')
        gc.collect()


n = Node()
n = None
gc.collect()
print('end')

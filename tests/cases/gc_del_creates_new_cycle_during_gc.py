import gc


class Node:
    def __init__(self):
        self.me = self


class Maker:
    def __init__(self):
        self.me = self

    def __del__(self):
        fresh = Node()
        print('made a new cycle during the collection')


m = Maker()
m = None
gc.collect()
print('the new cycle leaks until the next collection')
gc.collect()
print('end')

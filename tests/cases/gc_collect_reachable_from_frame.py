import gc


class Node:
    def __init__(self):
        self.me = self


def work():
    local = Node()
    gc.collect()
    print('local cycle survived the collection')


work()
print('frame gone, cycle leaked')
gc.collect()
print('end')

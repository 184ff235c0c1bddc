import gc


class Node:
    def __init__(self):
        self.me = self

    def __del__(self):
        global saved
        print('finalizing')
        saved = self


saved = None
n = Node()
n = None
gc.collect()
print(saved is None)
saved = None
print('cycle garbage again, already finalized')
gc.collect()
print('end')

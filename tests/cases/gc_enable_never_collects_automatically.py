import gc


class Node:
    def __init__(self):
        self.me = self


gc.enable()
i = 0
while i < 800:
    n = Node()
    i = i + 1
n = None
print('no automatic collection even with gc enabled')
gc.disable()
gc.collect()
print('end')

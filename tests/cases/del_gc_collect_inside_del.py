import gc


class Node:
    def __init__(self):
        self.me = self


class Trigger:
    def __del__(self):
        print('collecting from __del__')
        gc.collect()
        print('back in __del__')


n = Node()
n = None
t = Trigger()
t = None
print('end')

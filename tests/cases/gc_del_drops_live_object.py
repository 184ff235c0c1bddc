import gc


class Plain:
    pass


class Node:
    def __init__(self):
        self.me = self

    def __del__(self):
        global victim
        victim = None


victim = Plain()
n = Node()
n = None
gc.collect()
print(victim)

# A key function that fails: the keys made so far are released, last
# first, and the list keeps its items in their order.
class Key:
    def __init__(self, v):
        self.v = v
    def __del__(self):
        print('del Key', self.v)
l = [1, 2, 3]
def key(x):
    if x == 3:
        return undefined_name
    return Key(x)
l.sort(key=key)

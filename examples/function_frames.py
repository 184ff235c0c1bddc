# A call gets a frame with its own names.  When the call returns, the
# frame releases its locals (parameters first); the return value survives.


class Item:
    def __init__(self, n):
        self.n = n


def make_pair(n):
    first = Item(n)
    second = Item(n + 1)     # dies when the call returns
    first.next = Item(n + 2)
    return first             # survives: the caller binds it


def use(item):
    tmp = Item(0)
    return item.n


p = make_pair(1)
print(use(p))                # tmp is destroyed as use() returns
p = None
print('end')

# sorted of a generator with key= and reverse=.
class Item:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print('bye', self.n)


def key(i):
    print('key', i.n)
    return i.n


s = sorted((Item(n) for n in [2, 3, 1]), key=key, reverse=True)
print([i.n for i in s])

# min and max with key= pull the items from the generator one at a time.
class Item:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print('bye', self.n)


def key(i):
    print('key', i.n)
    return -i.n


best = min((Item(n) for n in range(3)), key=key)
print('min', best.n)
best = max((Item(n) for n in range(3)), key=key)
print('max', best.n)

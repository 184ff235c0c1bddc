# A comprehension whose first iterable is another comprehension: the inner
# list is made outside the outer frame and held by its iterator.
class Item:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print('bye', self.n)


out = [x.n for x in [Item(n) for n in range(2)]]
print(out)

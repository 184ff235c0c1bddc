# max of a generator: an item that loses is released at once, the winner
# is held until the end.
class Item:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print('bye', self.n)

    def __gt__(self, other):
        return self.n > other.n

    def __lt__(self, other):
        return self.n < other.n


best = max(Item(n) for n in [2, 5, 1, 3])
print('best', best.n)

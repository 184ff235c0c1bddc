# sum of a generator expression: each item is released after it is
# added; the frame goes when the generator is exhausted.
class Item:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print('bye', self.n)


total = sum(x.n for x in [Item(1), Item(2)])
print(total)

# A comprehension inside __del__.
class Item:
    def __init__(self, n):
        self.n = n
        self.parts = [[n], [n + 1]]

    def __del__(self):
        print('bye', [len(p) for p in self.parts])


x = Item(1)
del x
print('end')

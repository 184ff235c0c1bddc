# __del__ of items runs while the comprehension runs, as each temporary
# item is replaced by the next.
class Item:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print('bye', self.n)


out = [Item(n).n for n in range(3)]
print(out)

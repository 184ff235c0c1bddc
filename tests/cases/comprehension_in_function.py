# A comprehension inside a function: its own frame, the function's locals
# untouched; the function's iterable is read in the function.
class Item:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print('bye', self.n)


def doubled():
    items = [Item(1), Item(2)]
    out = [x.n * 2 for x in items]
    print('inside', out)
    return out


print(doubled())

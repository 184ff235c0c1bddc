# An uncaught error in a comprehension: the error line is the line in the
# comprehension's frame, then its locals go.
class Item:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print('bye', self.n)


items = [Item(1), Item(0)]
out = [10 // x.n
       for x in items]

# An uncaught error in a comprehension inside a function: the error line
# is the comprehension's, then the frames release their locals, innermost
# first.
class Item:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print('bye', self.n)


def run():
    mine = Item(10)
    items = [Item(1), Item(2)]
    return [x.missing for x in items]


run()

# any stops early: the generator's frame is closed when any returns, which
# releases the iterator (and its list), then the loop variable.
class Item:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print('bye', self.n)


def items():
    return [Item(1), Item(2), Item(3)]


print(any(x.n == 2 for x in items()))
print('after any')
print(all(x.n < 2 for x in items()))
print('after all')

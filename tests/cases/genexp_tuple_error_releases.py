# tuple() of a failing generator releases the items it took, the last
# first.
class Item:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print('bye', self.n)


try:
    tuple(Item(n) if n < 2 else n // 0 for n in range(3))
except ZeroDivisionError:
    print('caught')
try:
    list(Item(n) if n < 2 else n // 0 for n in range(10, 13))
except ZeroDivisionError:
    print('caught')
print('after')

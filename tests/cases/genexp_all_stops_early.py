# all stops at the first false item; the rest is never computed.
class Item:
    def __init__(self, n):
        self.n = n
        print('made', n)

    def __del__(self):
        print('bye', self.n)


print(all(Item(n).n < 1 for n in range(5)))
print(any(Item(n).n > 5 for n in range(2)))

# sorted and list allocate their list before the first item; tuple holds
# its items.
class Item:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print('bye', self.n)

    def __lt__(self, other):
        return self.n < other.n


s = sorted(Item(n) for n in [2, 1])
print([i.n for i in s])
l = list(Item(n) for n in [5])
t = tuple(Item(n) for n in [7, 8])
print(len(l), len(t))
del s, l, t
print('end')

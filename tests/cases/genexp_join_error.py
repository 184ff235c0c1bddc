# ''.join of a generator collects every item first; a non-str item fails
# after all are taken, then they are released.
class Item:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print('bye', self.n)


try:
    ''.join(Item(n) for n in range(2))
except TypeError as e:
    print('caught', e)
print(' '.join(str(n) for n in range(3)))

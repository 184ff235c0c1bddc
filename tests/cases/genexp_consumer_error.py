# The consumer fails while the generator is suspended: the generator is
# closed when the consumer's arguments are released.
class Item:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print('bye', self.n)


try:
    print(sum(x if x.n else x.n for x in [Item(0), Item(1), Item(2)]))
except TypeError as e:
    print('caught', e)
print('after')

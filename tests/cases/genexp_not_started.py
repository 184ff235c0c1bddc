# A consumer that fails before the first item: the generator never ran
# and its frame goes with it (.0 and its list).
class Item:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print('bye', self.n)


try:
    sum((x.n for x in [Item(1)]), 'a')
except TypeError as e:
    print('caught', e)
print('after')

# The loop variable holds the last item until the comprehension ends: a
# temporary item dies when the next one replaces it, the last at the end.
class Item:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print('bye', self.n)


counts = [print('got', x.n) for x in (Item(1), Item(2), Item(3))]
print(len(counts))

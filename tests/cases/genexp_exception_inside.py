# An error inside a generator expression: its frame is kept by the
# traceback with its locals until the handler ends.
class Item:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print('bye', self.n)


try:
    print(sum(10 // x.n for x in [Item(2), Item(0), Item(5)]))
except ZeroDivisionError:
    print('caught')
print('after')

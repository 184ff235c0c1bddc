# An error inside the comprehension: the list built so far dies while the
# error propagates; the frame's locals are kept by the traceback until the
# handler ends.
class Item:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print('bye', self.n)


def check(x):
    if x.n == 2:
        raise ValueError('two')
    return x


try:
    out = [check(x) for x in [Item(1), Item(2), Item(3)]]
except ValueError as e:
    print('caught', e)
print('after')

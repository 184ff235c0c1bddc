# `if` clauses run after the target is stored; a filtered item is still
# held by the loop variable until the next one.
class Item:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print('bye', self.n)


kept = [x for x in [Item(1), Item(2), Item(3), Item(4)] if x.n % 2 == 0 if x.n > 0]
print([k.n for k in kept])
kept = None
print('end')

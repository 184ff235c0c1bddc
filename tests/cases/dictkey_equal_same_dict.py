# d == d is no shortcut: dict_equal looks each key up in d itself, and
# keys whose hashes collide call __eq__ on the stored key (fuzz seed 5181)
class Ord:
    def __init__(self, k):
        self.k = k
    def __hash__(self):
        return self.k % 1
    def __eq__(self, other):
        print('eq', self.k, getattr(other, 'k', other))
od25 = {Ord(-2): [], Ord(7): -8, Ord(3): 'x', Ord(7): -5, Ord(4): 32}
print(od25 is od25, od25 == od25, od25 is not None)

class Ord:
    def __init__(self, k):
        self.k = k
    def __hash__(self):
        return 7
    def __eq__(self, other):
        print('eq', self.k, getattr(other, 'k', other))
        return isinstance(other, Ord) and self.k == other.k
keys = [Ord(i) for i in range(7)]
big = {keys[0]: 0, keys[1]: 1, keys[2]: 2, keys[3]: 3, keys[4]: 4, keys[5]: 5, keys[6]: 6}
print('copy')
c = big.copy()
print('or')
o = big | {}
consts = {1: 'a', 2: 'b', 3: 'c', 4: 'd', 5: 'e', 6: 'f', 7: 'g'}
print('mixed')
m = {**consts, keys[0]: 'x'}
del keys, big, c, o, consts, m

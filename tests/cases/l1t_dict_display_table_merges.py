class Ord:
    def __init__(self, k):
        self.k = k
    def __hash__(self):
        return 0
    def __eq__(self, other):
        print('eq', self.k, getattr(other, 'k', other))
        return isinstance(other, Ord) and self.k == other.k
a = {Ord(1): 1, Ord(2): 2, Ord(2): 3, Ord(3): 4, Ord(2): 5, Ord(4): 6}
print('merge 1')
b = {**a}
print('merge 2')
c = {**a, 1: 2}
print('merge 3')
d = dict(a)
print('merge 4')
e = a.copy()
print('merge 5')
f = {}
f.update(a)

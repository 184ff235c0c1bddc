# Rich comparisons: the reflected method, NotImplemented fallbacks, !=
# through __eq__, chained comparisons keep a false result as their value.
class V:
    def __init__(self, n):
        self.n = n

    def __eq__(self, other):
        print('eq', self.n, other)
        return self.n == other.n

    def __lt__(self, other):
        print('lt', self.n)
        return self.n < other.n

    def __repr__(self):
        return 'V' + str(self.n)


class W(V):
    def __gt__(self, other):
        print('W gt', self.n)
        return NotImplemented


class U:
    def __eq__(self, other):
        print('U eq')
        return NotImplemented

    def __le__(self, other):
        return 0


a, b, c = V(1), V(2), V(1)
u = U()
print(a == c, a != b, u == 1, 1 == u, u != 'x', u == u, u != u)
print(a < b, b > a, a < b < V(3), a < V(0) < b, u <= u < u)
print(a < W(5), W(5) > a)
print([a, b] == [c, V(2)], a in [b, c], [b, c].index(c), [a, b, c].count(a))
print(a is a, a == a, u in [1, u], u in [1, 2])
print(b > a)
print(a <= b)

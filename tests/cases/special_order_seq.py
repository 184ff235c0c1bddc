# Lists and tuples of instances compare item by item: the first pair that
# is not equal decides with the operator, and its result is the value.
class K:
    def __init__(self, k):
        self.k = k

    def __eq__(self, other):
        print('eq', self.k, other.k)
        return self.k == other.k

    def __lt__(self, other):
        print('lt', self.k, other.k)
        return [self.k] if self.k < other.k else []

    def __repr__(self):
        return 'K' + str(self.k)


a, b, c = K(1), K(2), K(1)
print([a, b] < [c, K(3)], (a,) < (b,), [a] < [a, b], [a, b] <= [a])
print([[a]] < [[b]], [a] > [b])


class P:
    def __init__(self, n):
        self.n = n

    def __pow__(self, e, mod=None):
        print('pow', e, mod)
        return pow(self.n, e)

    def __rpow__(self, base):
        return pow(base, self.n)


print(pow(P(2), 3), pow(2, P(3)), pow(P(2), 3, 5), P(3) ** 2)

class V:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        print('lt', self.v, other.v)
        return self.v < other.v
    def __repr__(self):
        return 'V%d' % self.v

n = 70
l = []
x = 7
for i in range(n):
    x = (x * 31 + 11) % 257
    l.append(V(x))
l.sort()
print(l[0], l[-1], len(l))

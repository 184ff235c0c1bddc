class V:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        print('lt', self.v, other.v)
        return self.v < other.v
    def __repr__(self):
        return 'V%d' % self.v

a = []
for i in range(0, 100, 2):
    a.append(V(i))
for i in range(1, 30, 2):
    a.append(V(i))
for i in range(300, 330):
    a.append(V(i))
for i in range(250, 240, -1):
    a.append(V(i))
b = sorted(a)
print(b[:3], b[-3:], len(b))
c = sorted(a, reverse=True)
print(c[:3])

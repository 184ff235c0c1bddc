class V:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        if self.v == 77 or other.v == 77:
            raise ValueError('no 77')
        return self.v < other.v
    def __repr__(self):
        return 'V%d' % self.v
l = []
x = 3
for i in range(70):
    x = (x * 17 + 5) % 211
    l.append(V(x))
try:
    l.sort()
except ValueError as e:
    print(e)
print(l)
m = []
for i in range(66):
    m.append(V(i % 30))
m.append(5)
try:
    m.sort()
except TypeError as e:
    print(e)
print(len(m))

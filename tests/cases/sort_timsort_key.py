class K:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        print('lt', self.v, other.v)
        return self.v < other.v
def key(x):
    return K(x % 97)
l = []
for i in range(70):
    l.append((i * 37) % 71)
s = sorted(l, key=key)
print(s[:5])

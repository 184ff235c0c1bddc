# A repeated key keeps its first key object and place; the old value goes.
class V:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print('bye', self.n)


d = {n % 2: V(n) for n in range(4)}
print(sorted(d), d[0].n, d[1].n)

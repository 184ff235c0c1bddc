# dict() of a generator of pairs: the dict is allocated first.
class V:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print('bye', self.n)


d = dict((n, V(n)) for n in range(2))
print(sorted(d))
d = None
print('end')

# The value of a dict comprehension fails after its key was evaluated.
class K:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print('bye', self.n)


def value(n):
    if n == 1:
        raise KeyError(n)
    return n


try:
    d = {K(n).n: value(n) for n in range(3)}
except KeyError:
    print('caught')
print('after')

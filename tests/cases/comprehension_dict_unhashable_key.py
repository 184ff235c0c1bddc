# An unhashable key in a dict comprehension: the key and the value go,
# then the dict built so far.
class V:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print('bye', self.n)


try:
    d = {(n if n < 1 else [n]): V(n) for n in range(3)}
except TypeError as e:
    print('caught', e)
print('after')

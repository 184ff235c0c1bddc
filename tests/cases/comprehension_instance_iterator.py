# An instance iterator as the first iterable: the oracle's list and dict
# comprehensions ask its __iter__ again when their loop starts (after the
# allocation), a generator expression does not.
class Count:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        print('iter')
        return self

    def __next__(self):
        if self.n == 0:
            raise StopIteration
        self.n -= 1
        return self.n


print(sum(x for x in Count(3)))
print({x: 1 for x in Count(2)})

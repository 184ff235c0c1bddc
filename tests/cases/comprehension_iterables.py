# Comprehensions over a dict, its items, a str, a range and an instance
# with __iter__ and __next__.
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


d = {'a': [1], 'b': [2]}
print([k for k in d], [v for k, v in d.items()], [c for c in 'hi'], [i * i for i in range(3)])
print([x for x in Count(3)])
print({k: len(v) for k, v in d.items()})

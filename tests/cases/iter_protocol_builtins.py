class It:
    def __init__(self, n):
        self.i = 0
        self.n = n
    def __iter__(self):
        print('iter')
        return self
    def __next__(self):
        if self.i >= self.n:
            print('stop')
            raise StopIteration
        self.i += 1
        print('next', self.i)
        return [self.i]
    def __del__(self):
        print('del It')

print(list(It(2)))
print(tuple(It(2)))
print(sum(map(len, It(3))))
def neg(x):
    return -x[0]
print(sorted(It(2), key=neg))
print(max(It(3)), min(It(2)))
print(any(It(2)), all(It(0)))
print(dict.fromkeys(It(0)))
print(list(enumerate(It(2))))
print(list(zip(It(2), It(3))))
print(list(map(len, It(2))))
print(list(filter(None, It(2))))
print(', '.join(map(str, It(2))))
a, b = It(2)
print(a, b)
l = []
l.extend(It(2))
print(l)
print([1] in It(2))
for v in It(1):
    print('loop', v)
i = iter(It(1))
print(next(i), next(i, 'dflt'))
print(list(reversed([1, 2])))

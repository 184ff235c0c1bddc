# A for loop over an object with __iter__ holds the iterator __iter__
# returns (getrefcount shows it) and calls __next__ for each item.
import sys


class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        print('iter', sys.getrefcount(self))
        return Step(self)

    def __del__(self):
        print('countdown gone')


class Step:
    def __init__(self, src):
        self.src = src

    def __next__(self):
        print('next', sys.getrefcount(self))
        self.src.n -= 1
        return [self.src.n]

    def __del__(self):
        print('step gone')


for x in Countdown(3):
    print(x)
    if x[0] == 0:
        break
print('after')


class Self:
    def __init__(self):
        self.i = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.i += 1
        return self.i


s = Self()
for i in s:
    print(i, sys.getrefcount(s))
    if i > 2:
        break
else:
    print('no')
for j in Self():
    if j == 2:
        print(j['x'])

class N:
    def __init__(self, i):
        self.i = i
    def __del__(self):
        if self.i % 10 == 0 or self.i > 35:
            print('__del__', self.i)
h = None
for i in range(40):
    n = N(i)
    n.e = KeyError(h)
    h = n
del n
del h
print('end')

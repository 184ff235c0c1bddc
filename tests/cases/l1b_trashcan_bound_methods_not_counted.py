class N:
    def __init__(self, i, prev):
        self.i = i
        self.prev = prev
    def m(self):
        pass
    def __del__(self):
        if self.i % 10 == 0 or self.i > 95:
            print('__del__', self.i)
h = None
for i in range(100):
    h = N(i, h).m
del h
print('end')

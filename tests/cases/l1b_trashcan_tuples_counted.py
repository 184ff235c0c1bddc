class N:
    def __init__(self, i):
        self.i = i
    def __del__(self):
        if self.i % 5 == 0 or self.i > 45:
            print('__del__', self.i)
h = None
for i in range(50):
    h = (N(i), (h,))
del h
print('end')

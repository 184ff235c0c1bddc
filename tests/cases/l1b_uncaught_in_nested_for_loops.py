class D:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print('__del__', self.n)
items = [D(1), D(2)]
for it in items:
    for j in [D(3)]:
        x = [it, j, D(4)]
        int('nope' + str(it.n))

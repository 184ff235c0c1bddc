class D:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print('__del__', self.n)
    def go(self, k):
        t = D(k)
        return {}[D(k + 1)]
D(1).go(10)

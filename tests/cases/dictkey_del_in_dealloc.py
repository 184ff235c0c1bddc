class K:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del K", self.n)

d = {K(1): [1], K(2): [2]}
d = 5
e = {K(3): K(4)}
del e

class A:
    def __init__(self, n):
        self.n = n


for x in [A(1), A(2), A(3)]:
    print(x.n)
    if x.n == 2:
        print(x.missing)

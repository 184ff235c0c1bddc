class A:
    def __init__(self, n):
        self.n = n


for x in [A(1), A(2), A(3)]:
    if x.n == 1:
        continue
    print('body', x.n)
print('end')

class A:
    def __init__(self, n):
        self.n = n


for x in [A(1), A(2), A(3)]:
    if x.n == 2:
        break
print('after break', x.n)
x = None
print('end')

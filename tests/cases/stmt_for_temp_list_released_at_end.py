class A:
    def __init__(self, n):
        self.n = n


for x in [A(1), A(2), A(3)]:
    print('item', x.n)
print('loop done, x holds the last')
x = None
print('end')

class A:
    def __init__(self, tag):
        self.tag = tag

    def __del__(self):
        print('bye', self.tag, 'x is', x, 'y is', y)


x = A('old x')
y = A('old y')
x, y = 1, 2
print('end')

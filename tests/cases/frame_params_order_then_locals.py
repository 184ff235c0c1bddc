class A:
    def __init__(self, tag):
        self.tag = tag


def f(z, y, x):
    w = A('w')
    print('returning')


f(A('z'), A('y'), A('x'))
print('end')

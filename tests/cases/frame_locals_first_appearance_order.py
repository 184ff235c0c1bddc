class A:
    def __init__(self, tag):
        self.tag = tag


def f():
    c = None
    b = None
    a = None
    a = A('a')
    b = A('b')
    c = A('c')
    print('c, b, a appear in that order')


f()
print('end')

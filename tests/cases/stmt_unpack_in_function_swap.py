class A:
    def __init__(self, tag):
        self.tag = tag


def f(a, b):
    a, b = b, a
    print(a.tag, b.tag)
    a, b = None, a
    print(b.tag)


f(A('x'), A('y'))
print('end')

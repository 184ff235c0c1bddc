class A:
    def __init__(self, tag):
        self.tag = tag


def f():
    if False:
        a = b = c
        p, q = r, s
    a = A('a')
    b = A('b')
    c = A('c')
    p = A('p')
    q = A('q')
    r = A('r')
    s = A('s')
    print('compiled: c, a, b, r, s, p, q')


f()
print('end')

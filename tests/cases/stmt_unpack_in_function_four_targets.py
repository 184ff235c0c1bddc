class A:
    def __init__(self, tag):
        self.tag = tag


def f():
    a = A('a')
    b = A('b')
    c = A('c')
    d = A('d')
    n = None
    a, b, c, d = n, n, n, n
    print('four targets: a tuple is unpacked, stores left to right')


f()
print('end')

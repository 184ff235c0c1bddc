class A:
    def __init__(self, tag):
        self.tag = tag


def f():
    if False:
        d[k] = v
    d = A('d')
    k = A('k')
    v = A('v')
    print('compiled: v, d, k')


f()
print('end')

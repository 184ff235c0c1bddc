class A:
    def __init__(self, tag):
        self.tag = tag


def f():
    if False:
        o.attr = v
    o = A('o')
    v = A('v')
    print('compiled: v, o')


f()
print('end')

class A:
    def __init__(self, tag):
        self.tag = tag


def f():
    first = A('first')
    for item in [A('i1'), A('i2')]:
        pass
    last = A('last')
    print('locals: first, item, last')


f()
print('end')

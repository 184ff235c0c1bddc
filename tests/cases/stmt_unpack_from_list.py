class A:
    def __init__(self, tag):
        self.tag = tag


x, y = [A('x'), A('y')]
print(x.tag, y.tag)
x, y = y, x
print(x.tag, y.tag)
x, y = [None, None]
print('end')

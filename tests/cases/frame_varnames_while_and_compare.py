class A:
    def __init__(self, tag):
        self.tag = tag


def f():
    while False:
        res = left is right
    right = A('right')
    res = A('res')
    left = A('left')
    print('compiled: left, right, res')


f()
print('end')

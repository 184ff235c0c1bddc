class A:
    def __init__(self, tag):
        self.tag = tag


class B:
    def __init__(self, x, y):
        local = A('init local')
        print('in __init__')


b = B(A('x'), A('y'))
print('end')

class A:
    def __init__(self, tag):
        self.tag = tag


a, b, c = A('a'), A('b'), A('c')
a, b, c = A('a2'), A('b2'), A('c2')
print('end')

class A:
    def __init__(self, tag):
        self.tag = tag


a, b, c, d = A('a'), A('b'), A('c'), A('d')
a, b, c, d = d, c, b, a
print(a.tag, b.tag, c.tag, d.tag)
a, b, c, d = A('a2'), None, A('c2'), None
print('end')

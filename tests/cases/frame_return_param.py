class A:
    def __init__(self, tag):
        self.tag = tag


def ident(p, q):
    return p


x = ident(A('p'), A('q'))
print(x.tag)
ident(A('discarded'), A('q2'))
print('end')

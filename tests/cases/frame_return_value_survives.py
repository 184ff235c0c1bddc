class A:
    def __init__(self, tag):
        self.tag = tag


def make(p):
    keep = A('returned')
    other = A('dropped')
    return keep


r = make(A('param'))
print(r.tag)

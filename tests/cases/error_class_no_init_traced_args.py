class A:
    def __init__(self, tag):
        self.tag = tag


class C:
    pass


C(A('x'), A('y'))

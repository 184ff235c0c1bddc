class A:
    def __init__(self, tag):
        self.tag = tag


class B:
    def __init__(self, a, b):
        self.a = a


B(A('x'))

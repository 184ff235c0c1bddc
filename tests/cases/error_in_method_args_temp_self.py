class A:
    def __init__(self, tag):
        self.tag = tag

    def m(self, x, y):
        return x


A('self').m(A('x'), 1 // 0)

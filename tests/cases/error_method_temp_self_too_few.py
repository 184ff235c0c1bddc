class A:
    def __init__(self, tag):
        self.tag = tag

    def m(self, x, y):
        return x


A('temp self').m(A('x'))

class A:
    def __init__(self, tag):
        self,tag = tag

    def m(self, x):
        return x


a = A('a')
a.m(A('x'), A('extra'))

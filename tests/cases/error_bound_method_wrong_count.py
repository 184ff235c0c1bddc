class A:
    def __init__(self, tag):
        self.tag = tag

    def m(self):
        return 1


bm = A('owner').m
bm(A('extra'))

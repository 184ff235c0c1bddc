class A:
    def __init__(self, tag):
        self.tag = tag


print(A('1'), A('2'), A('3'), 1 // 0)

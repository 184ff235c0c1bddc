class A:
    def __init__(self, tag):
        self.tag = tag


a = A('a')
b = A('b')
c = A('c')
del c, a, b
print('end')

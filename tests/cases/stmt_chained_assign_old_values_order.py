class A:
    def __init__(self, tag):
        self.tag = tag


a = A('a')
b = A('b')
c = A('c')
a = b = c = None
print('end')

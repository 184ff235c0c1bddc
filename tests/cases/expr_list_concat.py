class A:
    def __init__(self, tag):
        self.tag = tag


a = [A('a1'), A('a2')]
b = [A('b1')]
c = a + b
print(len(c), c[0] is a[0])
a = None
b = None
print('items still in c')
c = None
print('end')

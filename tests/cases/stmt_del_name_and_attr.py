class A:
    def __init__(self, tag):
        self.tag = tag


a = A('a')
a.child = A('child')
b = a
del a
print('a deleted, b keeps it')
del b.child
print('child deleted')
del b
print('end')

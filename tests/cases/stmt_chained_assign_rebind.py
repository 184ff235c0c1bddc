class A:
    def __init__(self, tag):
        self.tag = tag


a = b = c = A('first')
a = b = A('second')
print('c keeps first')
c = a
print('end')

class A:
    def __init__(self, tag):
        self.tag = tag

    def show(self):
        print('tag', self.tag)


a = A('x')
A.show(a)
A.show(A('temp'))
print('end')

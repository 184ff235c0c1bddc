class A:
    def __init__(self, tag):
        self.tag = tag

    def hello(self):
        print('hello from', self.tag)


a = A('a')
b = A('b')
a.hello = b.hello
a.hello()
A.hello(a)
b = None
print('b alive through a.hello')
del a.hello
a.hello()
print('end')

class A:
    def __init__(self, tag):
        self.tag = tag


def f():
    a = A('a')
    b = A('b')
    del a
    print('a deleted early')


f()
print('end')

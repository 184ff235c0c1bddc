class A:
    def __init__(self, tag):
        self.tag = tag


def f():
    a = A('old a')
    a, a = A('first'), A('second')
    print(a.tag)


f()
print('end')

class A:
    def __init__(self, tag):
        self.tag = tag


def f():
    if False:
        first = second
    first = A('first')
    second = A('second')
    print('second is compiled before first: released first')


f()
print('end')

class A:
    def __init__(self, tag):
        self.tag = tag


def f():
    if False:
        for x in items:
            pass
    x = A('x')
    items = A('items')
    print('items is compiled before x')


f()
print('end')

class A:
    def __init__(self, tag):
        self.tag = tag


def f(flag):
    x = A('x')
    if flag:
        return
    y = A('y')
    print('no early return')


print(f(True))
print(f(False))

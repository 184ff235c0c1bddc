class A:
    def __init__(self, tag):
        self.tag = tag


def f(flag):
    if flag:
        b = A('b')
    a = A('a')
    if not flag:
        b = A('b2')
    print('flag', flag)


f(True)
f(False)
print('end')

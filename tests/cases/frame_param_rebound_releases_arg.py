class A:
    def __init__(self, tag):
        self.tag = tag


def f(p):
    print('got', p.tag)
    p = A('replacement')
    print('rebound')


f(A('argument'))
print('end')

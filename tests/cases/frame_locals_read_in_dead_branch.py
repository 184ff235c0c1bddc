class A:
    def __init__(self, tag):
        self.tag = tag


def f(p):
    if False:
        print(late)
    early = A('early')
    late = A('late')
    print('returning')


f(A('param'))
print('end')

class A:
    def __init__(self, tag):
        self.tag = tag


def inner(p):
    t = A('inner local')
    return A('inner result')


def outer():
    x = A('outer local')
    y = inner(A('arg'))
    print('outer got', y.tag)


outer()
print('end')

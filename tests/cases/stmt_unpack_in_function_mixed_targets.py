class A:
    def __init__(self, tag):
        self.tag = tag


def f(o):
    b = A('old b')
    o.x = A('old o.x')
    o.x, b = len(""), len("")
    print('attribute and local: left to right')
    l = [A('old l0')]
    b = A('old b again')
    b, l[0] = len(""), len("")
    print('local and item: left to right')


f(A('o'))
print('end')

class A:
    def __init__(self, tag):
        self.tag = tag


def f():
    a = A('old a')
    b = A('old b')
    n = None
    a, b = [n, n]
    print('unpacking a list: left to right')


f()
print('end')

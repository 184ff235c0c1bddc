class A:
    def __init__(self, tag):
        self.tag = tag


def f():
    global g
    g = A('global')
    l = A('local')


f()
print(g.tag)

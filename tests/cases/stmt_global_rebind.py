class A:
    def __init__(self, tag):
        self.tag = tag


g = A('old')


def set_g():
    global g
    g = A('new')
    print('stored')


def read_g():
    return g.tag


set_g()
print(read_g())

class A:
    def __init__(self, tag):
        self.tag = tag

    def __del__(self):
        print('bye', self.tag)


def f(p):
    local = A('local')
    return p.missing


f(A('param'))

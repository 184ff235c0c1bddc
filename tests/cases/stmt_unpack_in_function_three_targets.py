class A:
    def __init__(self, tag):
        self.tag = tag


def f(p):
    q = A('old q')
    r = A('old r')
    p, q, r = A('new p'), A('new q'), A('new r')
    print('three local targets: stored r, q, p')


f(A('old p'))
print('end')

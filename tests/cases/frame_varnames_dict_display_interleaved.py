class A:
    def __init__(self, tag):
        self.tag = tag


def f():
    if False:
        d = {ka: va, kb: vb}
    vb = A('vb')
    kb = A('kb')
    va = A('va')
    ka = A('ka')
    print('release order: ka, va, kb, vb, as compiled')


f()
print('end')

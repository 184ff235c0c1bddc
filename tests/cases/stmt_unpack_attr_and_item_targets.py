class A:
    def __init__(self, tag):
        self.tag = tag


o = A('o')
l = [A('l0'), A('l1')]
o.a, l[0] = A('new a'), A('new l0')
print(o.a.tag, l[0].tag)
l[0], l[1] = l[1], l[0]
print(l[0].tag, l[1].tag)
o.a, l[1] = None, None
print('end')

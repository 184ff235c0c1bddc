class A:
    def __init__(self, tag):
        self.tag = tag


l = [A('a'), A('b'), A('c')]
print(l[-1].tag, l[-3].tag)
l[-2] = None
print(l)

class A:
    def __init__(self, tag):
        self.tag = tag


l = [A('0'), A('1'), A('2')]
del l[0]
print(l[0].tag, len(l))
del l[-1]
print(len(l))
l = None
print('end')

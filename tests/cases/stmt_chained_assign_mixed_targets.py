class A:
    def __init__(self, tag):
        self.tag = tag


o = A('holder')
l = [None]
d = {'k': None}
o.x = l[0] = d['k'] = A('shared')
print(o.x is l[0], l[0] is d['k'])
o.x = l[0] = d['k'] = None
print('end')

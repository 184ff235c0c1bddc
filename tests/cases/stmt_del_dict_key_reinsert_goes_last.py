class A:
    def __init__(self, tag):
        self.tag = tag


d = {'a': A('a'), 'b': A('b'), 'c': A('c')}
del d['a']
d['a'] = A('a2')
d['b'] = A('b2')
print(d)
d = None
print('end')

class A:
    def __init__(self, tag):
        self.tag = tag


d = {'a': A('a'), 'b': A('b'), 'c': A('c'), 'd': A('d')}
print(d.get('a').tag)
print(d.get('zzz'))
print(d.get('zzz', 'default'))
v = d.pop('b')
print(v.tag, len(d))
d.pop('c')
print('c freed')
print(d.pop('nope', None))
d.clear()
print(len(d), d)
v = None
print('end')

class A:
    def __init__(self, tag):
        self.tag = tag


d = {'z': A('z'), 'a': A('a')}
d['m'] = A('m')
d['z'] = A('z2')
d.clear()
print('end')

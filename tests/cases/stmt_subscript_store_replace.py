class A:
    def __init__(self, tag):
        self.tag = tag


l = [A('old0'), A('old1')]
l[0] = A('new0')
print('replaced 0')
l[-1] = A('new1')
print('replaced -1')
d = {'k': A('oldk')}
d['k'] = A('newk')
print('replaced k')
d['j'] = A('j')
print(len(d))

class A:
    def __init__(self, tag):
        self.tag = tag


d = {}
x = d.get('k', A('default'))
print(x.tag)
print(d.get('k', A('temp')).tag)
print('end')

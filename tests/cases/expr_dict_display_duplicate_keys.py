class A:
    def __init__(self, tag):
        self.tag = tag


d = {'k': A('first'), 'j': A('j'), 'k': A('second')}
print(d)
d = None
print('end')

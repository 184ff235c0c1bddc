class A:
    def __init__(self, tag):
        self.tag = tag


l = [A('a'), [A('inner')], {'k': A('v')}]
print(l)
l = None
print('end')

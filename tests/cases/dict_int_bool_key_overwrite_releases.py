class A:
    def __init__(self, tag):
        self.tag = tag


d = {1: A('one')}
d[True] = A('true')
print(d[1].tag)
d = {0: A('zero')}
del d[False]
print(len(d))

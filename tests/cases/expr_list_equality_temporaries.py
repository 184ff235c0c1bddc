class A:
    def __init__(self, tag):
        self.tag = tag


a = A('shared')
print([a] == [a])
print([A('l')] == [A('r')])
print({'k': a} == {'k': a}, {'k': A('x')} != {'k': a})

class A:
    def __init__(self, tag):
        self.tag = tag


print(len([A('x')] + [A('y')]))
print('end')

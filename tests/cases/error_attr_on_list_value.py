class A:
    def __init__(self, tag):
        self.tag = tag


x = A('a')
x.tag = [A('b')]
print(A('c'), x.tag.missing)

class A:
    def __init__(self, tag):
        self.tag = tag


d = {'k': 1}
print(A('a'), d[A('key')])

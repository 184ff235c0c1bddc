class A:
    def __init__(self, tag):
        self.tag = tag


print(A('a'), [A('b')], A('c').missing, A('d'))

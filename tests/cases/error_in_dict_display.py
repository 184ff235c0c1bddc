class A:
    def __init__(self, tag):
        self.tag = tag


d = {'x': A('x'), 'y': A('y'), 'z': [][0]}

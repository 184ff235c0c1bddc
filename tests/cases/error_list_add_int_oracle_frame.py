class A:
    def __init__(self, tag):
        self.tag = tag


x = [A('item')] + 1

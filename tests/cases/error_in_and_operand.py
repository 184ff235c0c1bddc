class A:
    def __init__(self, tag):
        self.tag = tag


x = A('left') and A('right').missing

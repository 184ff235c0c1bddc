class A:
    def __init__(self, tag):
        self.tag = tag


a = A('a')
x = [A('first'),
     A('second'),
     a.missing,
     A('never')]

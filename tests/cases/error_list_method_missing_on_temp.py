class A:
    def __init__(self, tag):
        self.tag = tag


print(A('first arg'), [A('item')].push(1))

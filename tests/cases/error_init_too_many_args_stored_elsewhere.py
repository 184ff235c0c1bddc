class A:
    def __init__(self, tag):
        self.tag = tag


class B:
    def __init__(self, x):
        self.x = x


keep = A('kept')
B(keep, A('extra'))
print('not reached')

class A:
    def __init__(self, tag):
        self.tag = tag


keep = [A('kept')]
l = [A('a'), A('b'), 1 // 0, A('never')]

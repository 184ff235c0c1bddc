class A:
    def __init__(self):
        self.depth = 0

    def dive(self):
        self.depth = self.depth + 1
        self.dive()


a = A()
a.dive()

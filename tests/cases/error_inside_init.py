class Part:
    pass


class Whole:
    def __init__(self, p):
        self.p = p
        self.q = Part()
        self.r = self.missing


w = Whole(Part())

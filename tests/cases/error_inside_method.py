class Part:
    pass


class Box:
    def __init__(self):
        self.items = []

    def add(self, x):
        tmp = Part()
        self.items.append(x)
        return self.items[5]


b = Box()
b.add(Part())

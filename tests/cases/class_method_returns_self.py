class Builder:
    def __init__(self):
        self.parts = []

    def add(self, p):
        self.parts.append(p)
        return self


b = Builder().add(1).add(2).add(3)
print(b.parts)

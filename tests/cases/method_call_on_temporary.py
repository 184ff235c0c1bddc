class A:
    def __init__(self, tag):
        self.tag = tag

    def child(self):
        return A(self.tag + 1)


c = A(1).child().child()
print(c.tag)

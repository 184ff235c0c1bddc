class Part:
    def __init__(self, tag):
        self.tag = tag


class A:
    def __init__(self):
        self.x = Part('old')

    def __del__(self):
        self.x = Part('made in __del__')
        self.y = Part('new attribute')
        print('replaced')


a = A()
a = None
print('end')

class Part:
    def __init__(self, tag):
        self.tag = tag


class P:
    pass


first = P()
first.b = Part('first.b')
first.a = Part('first.a')
second = P()
second.a = Part('second.a')
second.b = Part('second.b')
second.c = Part('second.c')
print('second releases b, a, c: the class order')
second = None
print('end')

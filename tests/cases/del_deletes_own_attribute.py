class Part:
    def __init__(self, tag):
        self.tag = tag


class A:
    def __init__(self):
        self.first = Part('first')
        self.second = Part('second')

    def __del__(self):
        print('in __del__')
        del self.second
        print('second released inside __del__')


a = A()
a = None
print('end')

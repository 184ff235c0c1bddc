class A:
    pass


a = A()


class B:
    def __init__(self, a):
        self.a = a


b = B(a)
a = None
print(b.a)

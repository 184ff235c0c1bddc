class A:
    def __init__(self):
        self.x = A2()


class A2:
    pass


a = A()
del a.x
print('deleted once')
del a.x

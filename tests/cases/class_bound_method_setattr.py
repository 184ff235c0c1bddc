# A bound method has no attributes of its own to set.
class A:
    def m(self):
        pass


a = A()
a.m.x = [1]

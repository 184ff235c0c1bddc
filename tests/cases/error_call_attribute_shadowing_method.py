class A:
    def m(self):
        return 1


a = A()
print(a.m())
a.m = 5
a.m()

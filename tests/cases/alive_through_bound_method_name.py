class A:
    def m(self):
        pass


m = A().m
print('the object is alive through the bound method m')

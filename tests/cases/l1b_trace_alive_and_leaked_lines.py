import gc
class A:
    pass
a = A()
b = A()
b.me = b
c = [1]
del b
x = {}

import gc
class D:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print('__del__', self.n)
def mk():
    class_local = D(1)
    return class_local
class Holder:
    item = D(2)
    lst = [D(3)]
    def method(self):
        return D(4)
h = Holder()
del Holder
print('__del__ class')
del h
print('__del__ inst')
gc.collect()
print('end')

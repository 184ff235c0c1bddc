import gc


class A:
    pass


a = A()
gc.collect()
x = gc.collect()
print('end')

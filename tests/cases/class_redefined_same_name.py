import gc


class A:
    keep = [1]

    def __init__(self):
        self.x = 'old class'


old = A()


class A:
    def __init__(self):
        self.y = 'new class'


new = A()
print(old, new, old.x, new.y)
old = None
print('old instance freed; the old class waits in its cycle with its list')
gc.collect()
print('end')

# nonlocal rebinds the cell of the function around: each counter has its
# own cell, and the old value is released after the new one is stored.
class Tick:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print('drop tick', self.n)


def counter():
    last = Tick(0)

    def step():
        nonlocal last
        last = Tick(last.n + 1)
        return last.n
    return step


a = counter()
b = counter()
print(a(), a(), b())
a = None
print('a gone')
b = None
print('end')

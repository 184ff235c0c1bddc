class D:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print('__del__', self.n)
def inner():
    raise ValueError(1)
def caller():
    v = D(1)
    try:
        inner()
    except ValueError as e:
        saved = e
    v = D(2)
    print('reassigned')
    return saved
s = caller()
print('got')
del s
print('end')

class D:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print('__del__', self.n)
class MyErr(Exception):
    def __init__(self, a, b):
        super().__init__(a)
        self.b = b
    def __del__(self):
        print('__del__ MyErr')
def f():
    loc = D(1)
    try:
        1 / 0
    except ZeroDivisionError as z:
        raise MyErr(D(2), D(3))
f()

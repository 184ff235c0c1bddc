class D:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print('__del__', self.n)
class E(Exception):
    pass
def f():
    a = D(1)
    try:
        raise E(D(2))
    except E:
        b = D(3)
        raise ValueError(D(4))
try:
    f()
except ValueError as v:
    keep = v
print(type(keep.__context__).__name__, keep.__suppress_context__)
print(keep.__cause__)
keep.__context__ = None
print('ctx cleared')
del keep
print('end')

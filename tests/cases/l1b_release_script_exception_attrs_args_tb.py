class D:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print('__del__', self.n)
class E(Exception):
    pass
def f():
    x = D(1)
    raise E(D(2), 'msg')
try:
    f()
except E as e:
    e.b = D(3)
    e.a = D(4)
    kept = e
e2 = E(D(5))
e2.a = D(6)
e2.b = D(7)
try:
    try:
        raise ValueError('v')
    except ValueError as v:
        raise E(D(8)) from kept
except E as k:
    k.zz = D(9)
    k2 = k
print('deleting')
del kept
print('kept gone')
del e2
print('e2 gone')
del k2
print('k2 gone')

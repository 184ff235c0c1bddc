class D:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print('__del__', self.n)
class E(Exception):
    def __del__(self):
        print('__del__ E')
for i in range(3):
    try:
        if i == 1:
            raise E(D(i))
        raise ValueError(D(i + 10))
    except E as e:
        print('E', i)
    except ValueError:
        print('V', i)
    finally:
        print('fin', i)
def f():
    try:
        return D(20)
    finally:
        print('finally in f')
print(f().n)
def g():
    try:
        raise E(D(30))
    except E:
        raise
try:
    g()
except E as e2:
    print('outer got')
print('done')

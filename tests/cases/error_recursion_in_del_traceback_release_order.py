class A:
    def __init__(self, n):
        self.n = n


def rec(n):
    if n < 3:
        keep = A(n)
    rec(n + 1)


class Trigger:
    def __del__(self):
        mine = A('del')
        rec(0)


t = Trigger()
t = None
print('end')

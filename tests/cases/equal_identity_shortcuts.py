# Where CPython takes the identity shortcut of ==: inside containers
# (PyObject_RichCompareBool), not at the top (x == x calls __eq__, d == d
# looks its keys up)
class A:
    def __eq__(self, o):
        print('eq called')
        return False
    def __hash__(self):
        return 1
x = A()
print(x == x)
l = [x]
print(l == l, [x] == [x])
d = {1: x}
print(d == d)
class H:
    def __init__(self, k):
        self.k = k
    def __hash__(self):
        return 0
    def __eq__(self, o):
        print('heq', self.k, o.k)
        return False
e = {H(1): 1, H(2): 2}
print(e == e)
t = (x,)
print(t == t)

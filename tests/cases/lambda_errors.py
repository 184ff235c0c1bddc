class T:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print('del', self.n)

bad = lambda t: t.missing
try:
    bad(T('arg'))
except AttributeError as e:
    print('caught', e)
try:
    (lambda a, b: a)(1)
except TypeError as e:
    print('caught', e)
walrus = lambda v: (w := v + 1) * w
print(walrus(3))
div = lambda x: 1 // x
print(div(0))

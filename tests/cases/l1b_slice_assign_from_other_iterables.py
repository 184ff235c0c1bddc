class D:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print('__del__', self.n)
l = [D(1), D(2), D(3), D(4)]
l[1:3] = (D(5),)
print('a')
l[0:1] = {D(6): 1, D(7): 2}
print('b')
l[:] = 'xy'
print('c')
l[1:1] = [D(8), D(9)]
l[::3] = range(1)
print('d')
try:
    l[::2] = [D(10)]
except ValueError as e:
    print(e)
l[-1:] = l
print(len(l))
del l[-100:100]
print('end')

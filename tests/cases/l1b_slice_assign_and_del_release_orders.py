class D:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print('__del__', self.n)
l = [D(i) for i in range(8)]
l[1:3] = [D(10), D(11), D(12)]
print('a')
l[::2] = [D(20), D(21), D(22), D(23), D(24)]
print('b')
del l[1:3]
print('c')
del l[::2]
print('d')
l.clear()
print('e')
m = [D(30), D(31), D(32), D(33)]
del m[::-2]
print('f')
m[::-1] = [D(40), D(41)]
print('g')
m = [D(50), D(51), D(52), D(53), D(54)]
del m[3:0:-1]
print('h')
m[4:1:-1] = [D(60)]*1 + [D(61)] + [D(62)]
print('i')

class M:
    def __getitem__(self, k):
        print('getitem', k)
        return k * 2
class P:
    pass
m = M()
print('%(ab)s-%(c)r' % m)
print('%s' % m is not None)
try:
    print('%d' % m)
except TypeError as e:
    print(e)
try:
    print('%(a)s' % P())
except TypeError as e:
    print(e)
print('x' % m)
del m

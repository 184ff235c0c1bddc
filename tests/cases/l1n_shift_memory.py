class Box:
    pass

b = Box()
x = 1 << 10**8
print(x.bit_length(), (x >> (10**8 - 3)), (x - 1).bit_count(), x > 2**64, (-x >> 10**8), x & 1)
y = x | 1
print((y ^ x), (y & -y), (~y).bit_length(), y % 1000, y // x)
del x, y
try:
    z = 1 << 2**70
except OverflowError as e:
    print('OverflowError', e)
try:
    z = 1 << -1
except ValueError as e:
    print('ValueError', e)
print(5 >> 2**70, -5 >> 2**70, 0 << 2**70, 0 << 10**12)
items = [Box(), Box()]
z = 1 << 10**12
print('not reached', items)

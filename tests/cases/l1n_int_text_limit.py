s = '7' * 4300
n = int(s)
print(n % 1000000007, len(str(n)))
try:
    int('7' * 4301)
except ValueError as e:
    print('ValueError', e)
try:
    int('-' + '1' * 5000)
except ValueError as e:
    print('ValueError', e)
print(int('f' * 5000, 16) % 1000000007, int('1' * 20000, 2).bit_length(), int('7' * 9000, 8) % 999)
print(int(' -0x' + 'ab_cd' * 10, 0), int('z' * 30, 36), int('-' + '6' * 40, 7))
m = 10 ** 4299
print(len(str(m)), len(repr(-m)))
try:
    str(m * 10)
except ValueError as e:
    print('ValueError', e)
try:
    print(m * 10)
except ValueError as e:
    print('ValueError', e)
try:
    print(f'{m * 10}')
except ValueError as e:
    print('ValueError', e)
try:
    print('%d' % (m * 10))
except ValueError as e:
    print('ValueError', e)
try:
    print(format(-m * 10, 'd'))
except ValueError as e:
    print('ValueError', e)
big = 1 << 20000
print(len(hex(big)), len(oct(-big)), len(bin(big)), hex(-big)[:8], format(big, 'x')[-4:], format(3**300, '#o')[:10])
print(format(2**70, ','), format(-(2**70), '_x'), '%x %o %X' % (2**70 + 10, -(2**65), 3**50), format(2**90, '>40'))

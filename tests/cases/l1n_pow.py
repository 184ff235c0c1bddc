print(2 ** 100, (-3) ** 101, 7 ** 0, 0 ** 0, (-1) ** (10**30), (-1) ** (10**30 + 1), 1 ** (10**40))
print(3 ** 500 % 10**30, len(str(3 ** 4000)), (10**20) ** 5)
print(pow(3, 10**20, 10**9 + 7), pow(2, 10**30 + 1, 2**61 - 1), pow(-5, 3, 7), pow(5, 3, -7))
print(pow(3, -1, 10**20 + 39), pow(2**70 + 3, -1, 2**61 - 1), pow(7, 2**64, 2**64 + 13))
try:
    print(pow(2, -1, 4))
except ValueError as e:
    print('ValueError', e)
x = 12345678901234567890 ** 7
print(x % 1000003, x.bit_length(), (x * x).bit_length(), x.bit_count())
print((2**64).bit_length(), (-(2**64)).bit_length(), (0).bit_length(), (-1).bit_length(), (255).bit_count(), (-(2**70 - 1)).bit_count())
print(2 ** 0.5 > 1, 2 ** -2, (10**20) ** -1)

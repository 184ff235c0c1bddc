x = 1 << 10**9
print(x.bit_length())
print((x >> (10**9 - 2)), (x - 1).bit_count() == 10**9, ((x | 5) & 7), -x < -(2**64))

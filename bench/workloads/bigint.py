# Big ints: shifts, bitwise operators, a product and a division on
# numbers of 64 N bits (issue L1: linear in the limbs, Karatsuba for *).
N = 1000

x = (1 << (N * 64)) - 1
y = x >> 7
z = (x ^ y) & ~(y << 3)
w = (x & ((1 << (N * 4)) - 1)) + 12345
p = w * (w - 1)
print(x.bit_length(), z.bit_count() % 1000, p.bit_length(), (x // (y + 1)).bit_length(), p % 1000003)

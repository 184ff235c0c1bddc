big = 1 << 100
vals = [0, 1, -1, 5, -5, 2**61, -(2**61), 2**64 - 1, -(2**64), big, -big, big + 12345, -big - 12345, ~big]
for a in vals:
    for b in vals:
        print(a & b, a | b, a ^ b)
for a in vals:
    print(~a, -a, a >> 3, a >> 70, a >> 200, a << 3, a << 70)
print(True & big, False | -big, True ^ (1 << 64))
x = -(3 ** 200)
print(x & 0xffffffffffffffff, x | 0xff, x ^ -1, x >> 1, (x >> 100) << 100)
print((-1) << 1000 >> 999, (1 << 1000) >> 1000, -(1 << 1000) >> 1001)

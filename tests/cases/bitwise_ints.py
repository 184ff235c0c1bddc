# & | ^ ~ << >> on ints as infinite two's complement, big ints and bools.
a, b = 12, -10
print(a & b, a | b, a ^ b, ~a, ~b, ~0)
print(a << 3, a >> 2, b >> 1, b >> 100, a >> 100, -1 >> 1)
print(1 << 100, (1 << 100) >> 99, -(1 << 70) >> 3)
big = (1 << 80) + 12345
print(big & 0xFFFF, big | 1, big ^ big, big & -big, ~big, -big & big)
print(-big | 7, -big ^ -3, (-big) & (-(1 << 90)), big >> 80, big << 0)
print(True & False, True | False, True ^ True, True & 3, ~True, True << 2, False >> 1)
print(0 << 10000, 5 & 0, -5 | 0, 2 ** 64 & (2 ** 64 - 1), 255 ^ 2 ** 70)
print(1 << 62, 1 << 63, -(1 << 63), 3 << 61, -3 << 62)

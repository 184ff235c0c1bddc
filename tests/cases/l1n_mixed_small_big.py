a = 2**62
b = a - 1
c = -(2**63)
print(a, b, c, a + b, a - b, a * b, c - 1, c * c, -c, abs(c), +c)
d = {a: 'a', 2**100: 'big', 1.0 * 2**70: 'float'}
print(d[2**62], d[1 << 100], d[2**70], 2**70 in d, 2.0**100 in d)
print(sorted([2**100, -(2**100), 3, 2.5, -(2**64), 2**64]))
print(max(2**200, 2**199 * 2 + 1), min(-(2**80), -1.5e30))
x = 0
for i in range(200):
    x = x * 3 + i
print(x, x % 97, x // 10**50, round(x, -80), round(-x, -90), round(2**70, -5), round(5 * 10**30, -31), round(15 * 10**30, -31))
print(12345678901234567890123 - 12345678901234567890122, 0xffffffffffffffffffffffffffffffff + 1, 0o7777777777777777777777777, 0b1 << 64)
print(int(2.0**80), int(-1e30), int(1.5e300) % 1000, 2**80 == int(2.0**80))
print(hex(0x123456789abcdef0123456789), bool(2**100), not -(2**100))
print(range(2**70, 2**70 + 5)[2] if False else 'skip', [1, 2, 3][2**100 // 2**100])

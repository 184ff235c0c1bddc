# Every augmented operator on ints, big ones too.
x = 5
x += 3
x -= 10
x *= -7
print(x)
x //= 4
x %= 5
print(x)
y = 3
y **= 50
print(y)
y >>= 40
y <<= 100
print(y)
y &= (1 << 120) - 1
y |= 12345
y ^= -1
print(y)
z = True
z += True
print(z)
s = 'ab'
s *= 3
s += 'c'
print(s)

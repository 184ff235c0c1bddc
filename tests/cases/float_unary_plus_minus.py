# Unary + and - on ints, floats and bools.
x = 2.5
y = -3
print(+x, -x, +y, -y, +True, -False, - -x, +-x, -0.0, +0.0, -(1 / 3))
print(-x * 2, +y // 2, -x // 2)

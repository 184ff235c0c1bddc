x = 1
i = 0
while i < 30:
    x = x * 1000
    i = i + 1
print(x)
print(-x)
print(x + 1, x - 1)
print(x // 7, x % 7)
print(x * x)
print([x, -x])
y = 99999999999999999999999999999999999999
print(y * y - 1)
print(x // -x, x % -3)

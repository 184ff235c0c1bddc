x = 1
i = 0
while i < 25:
    x = x * 1000
    i = i + 1
x = x + 7
print(-x // 10, -x % 10)
print(x // -10, x % -10)
print(-x // -10, -x % -10)
print(-x // x, x // -1, -x * -x)
print(x - x * 2, 0 - x == -x)
print(x > 10, -x < -10, x == x + 0, x != x + 1)

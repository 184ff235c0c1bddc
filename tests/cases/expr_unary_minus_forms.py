x = 5
print(-x, - -x, -(-x), -0, 0 - x)
print(-x // 2, -(x // 2))
print(-x % 3, -(x % 3))

n = 0
print(-7 % 3)
print(5 % n)

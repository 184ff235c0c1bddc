x = 1
i = 0
while i < 4299:
    x = x * 10
    i = i + 1
print(x % 1000, x // x)
print(len([x]))
print([x])
x = x * 10
print('4301 digits cannot be converted to a string in CPython 3.11')
print(x)

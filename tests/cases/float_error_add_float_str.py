# A float plus a str is TypeError.
x = 1.5
print(x + 1)
print(x + 'a')

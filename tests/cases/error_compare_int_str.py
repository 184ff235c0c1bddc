print(1 == 'a', 1 != 'a')
print(1 < 'a')

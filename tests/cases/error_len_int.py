l = [1, 2]
print(len(l))
print(len(5))

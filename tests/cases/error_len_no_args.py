l = [1]
print(len(l))
len()

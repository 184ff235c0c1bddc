d = {'k': [1]}
print(d.k)

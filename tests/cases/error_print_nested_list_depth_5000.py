l = []
for i in range(5000):
    l = [l]
print('built')
print(l)

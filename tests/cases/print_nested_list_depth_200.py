l = []
for i in range(200):
    l = [l]
print(l)

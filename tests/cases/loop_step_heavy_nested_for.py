count = 0
for i in range(150):
    for j in range(150):
        if (i + j) % 3 == 0:
            count = count + 1
print(count)

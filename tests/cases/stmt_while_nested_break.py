i = 0
total = 0
while i < 4:
    j = 0
    while True:
        if j == i:
            break
        total = total + j
        j = j + 1
    i = i + 1
print(total, i, j)

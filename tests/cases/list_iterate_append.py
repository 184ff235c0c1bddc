# A for loop over a list sees items appended while it runs.
l = [1, 2]
for x in l:
    print(x)
    if x < 4:
        l.append(x + 2)
print(l)

class A:
    pass


l = []
for i in range(2000):
    l.append(i)
    if len(l) > 10:
        l.pop(0)
print(l)
keep = [A(), A()]
for i in range(3000):
    keep[i % 2] = keep[(i + 1) % 2]
print(keep[0] is keep[1])

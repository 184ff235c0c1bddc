l = [1, 2]
for x in reversed(l):
    print(x)
s = []
print(list(enumerate(reversed(s))), next(reversed(s), 0))

# A range can be indexed (negative indices too); out of range is an
# IndexError.
r = range(2, 20, 3)
print(r[0], r[-1], r[2], len(r), range(5)[4], range(10, 0, -2)[1], range(3)[True])
for i in range(len(r)):
    print(r[i])
print(range(3)[3])

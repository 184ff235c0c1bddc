# The comprehension appends to the list it walks: the iterator sees the
# new items (bounded here by the condition).
l = [1, 2]
out = [l.append(x + 10) or x for x in l if x < 10]
print(out, l)

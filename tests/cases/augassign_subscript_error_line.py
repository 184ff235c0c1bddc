# The lines augmented assignment reports: a subscript's where the target
# starts.
l = [1, 2]
d = {}
d[
  'k'
] = 1
d[
  'k'
] += 1
print(d)
l[
  5
] += 1

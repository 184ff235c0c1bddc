# == and < on two different lists that contain themselves recurse without
# end in CPython (no repr-style guard): RecursionError.  A list compared
# with itself is equal (items are compared by identity first).
a = []
a.append(a)
b = []
b.append(b)
print(a == a, a != a, a is b, [a] == [a])
d = {}
d['me'] = d
print(d == d, len(d))
print(a == b)

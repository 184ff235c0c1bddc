# `in` of an iterator takes its items until one is equal: what it took
# is gone from it.
it = iter([1, 2, 3, 4])
print(2 in it, list(it))
z = zip('ab', [1, 2])
print(('a', 1) in z, ('a', 1) in z, list(z))
m = map(abs, [-1, -2])
print(2 in m, 5 in m, list(m))

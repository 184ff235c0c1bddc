# Slices inside f-string fields (the colon of a slice is no spec) and of tuples.
s = 'hello'
l = [1, 2, 3]
print(f'{s[1:]} {l[::-1]} {s[:2]!r:>5} {l[1:2][0]}')
t = (1, 2, 3)
print(t[1:], t[::2], l[1:][0])
x = l[1:]

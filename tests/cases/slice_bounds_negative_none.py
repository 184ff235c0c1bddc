# Negative, None and out-of-range bounds and steps, as CPython clamps them.
l = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]
print(l[2:5], l[-3:], l[:-7], l[::2], l[1::3], l[::-1], l[::-3])
print(l[8:2:-2], l[2:8:-1], l[-100:100], l[100:], l[:-100], l[5:5])
print(l[None:None:None], l[None:3], l[-1:-4:-1], l[3:-3], l[-2::-4])
print(l[10 ** 30:], l[-10 ** 30:2], l[::10 ** 30], l[::-10 ** 30])
print(l[True:], l[:False], l[1:9:True])
t = (0, 1, 2, 3, 4)
print(t[1:3], t[::-1], t[:], t[3:1], t[-2:], t[::2])
s = 'abcdefg'
print(s[1:3], s[::-1], s[:], s[3:1], s[-2:], s[::2], s[10:], s[-10:2])
u = 'héllo wörld ☺'
print(u[1:5], u[::-1], u[-1], u[-3:], u[::3])
r = range(10)
print(r[2:5], r[::-1], r[1::3], r[5:2], r[-3:])
r2 = range(3, 30, 4)
print(r2[1:4], r2[::-2], list(r2[2:]))
print(l[:][:][2:][:3])

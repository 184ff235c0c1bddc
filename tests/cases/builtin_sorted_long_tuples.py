# sorted() of many (str, int) pairs: tuples compare item by item.
d = {}
i = 0
while i < 100:
    d['k' + str((i * 37) % 100)] = (i * 13) % 7
    i += 1
s = sorted(d.items())
print(len(s), s[0], s[1], s[50], s[-1])
t = sorted(d.items(), key=None, reverse=True)
print(t[0], t[-1])
pairs = []
for k, v in d.items():
    pairs.append((v, k))
pairs.sort()
print(pairs[0], pairs[-1], sorted(pairs, reverse=True)[0])
mixed = []
i = 0
while i < 70:
    mixed.append((i % 3, 1.5 * i))
    i += 1
mixed.sort(reverse=True)
print(mixed[0], mixed[69])

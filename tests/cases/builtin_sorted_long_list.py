# sorted() of a list longer than timsort's single run.
l = []
i = 0
while i < 200:
    l.append((i * 37) % 101)
    i += 1
s = sorted(l)
print(s[0], s[1], s[100], s[-1], len(s))
l.sort(reverse=True)
print(l[0], l[1], l[199])
w = []
for c in 'the quick brown fox jumps over the lazy dog and then some more words to sort here ok':
    w.append(c)
w.sort()
print(w[0], w[30], w[-1])

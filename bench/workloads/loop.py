# A long loop: 10 N executed lines of plain arithmetic, no objects.
N = 1000

i = 0
s = 0
while i < N * 10:
    s = (s + i * 7) % 1000003
    i += 1
print(s)

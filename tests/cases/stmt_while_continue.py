class A:
    def __init__(self, n):
        self.n = n


i = 0
kept = []
while i < 6:
    i = i + 1
    t = A(i)
    if i % 2 == 1:
        continue
    kept.append(t)
print(len(kept))
t = None
print('end')

class A:
    def __init__(self, n):
        self.n = n


l = [A(0)]
for x in l:
    print('visit', x.n)
    if x.n < 3:
        l.append(A(x.n + 1))
print(len(l))

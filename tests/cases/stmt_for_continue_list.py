class A:
    def __init__(self, n):
        self.n = n


l = [A(1), A(2), A(3), A(4)]
for x in l:
    if x.n % 2 == 0:
        continue
    print('odd', x.n)
l = None
print('x still holds 4')
x = None

class A:
    def __init__(self, n):
        self.n = n


l = [A(0), A(1), A(2), A(3)]
for x in l:
    print('visit', x.n)
    l.remove(x)
print(len(l))
x = None
l = None
print('end')

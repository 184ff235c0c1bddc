class A:
    def __init__(self, n):
        self.n = n


l = [A(0), A(1), A(2)]
for x in l:
    print('visit', x.n)
    l.clear()
    print('cleared')
print(len(l))

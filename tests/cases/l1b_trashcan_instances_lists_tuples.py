class N:
    def __init__(self, nxt, i):
        self.nxt = nxt
        self.i = i
    def __del__(self):
        if self.i % 17 == 0:
            print('__del__', self.i)
head = None
for i in range(120):
    if i % 3 == 0:
        head = N(head, i)
    elif i % 3 == 1:
        head = [head, i]
    else:
        head = (head, i)
del head
print('end')

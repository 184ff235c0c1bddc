class N:
    def __init__(self, nxt):
        self.cb = None
        if nxt is not None:
            self.cb = nxt.m
        self.side = Side()

    def m(self):
        pass


class Side:
    pass


head = None
for i in range(60):
    head = N(head)
print('built 60 nodes linked through bound methods')
head = None
print('end')

class N:
    def __init__(self, i, kids):
        self.i = i
        self.kids = kids
    def __del__(self):
        if self.i >= 45:
            print('__del__', self.i)
def chain(k, tail):
    h = tail
    for i in range(k):
        h = N(i, [h])
    return h
leafs = [N(100 + j, []) for j in range(3)]
root = N(200, [chain(55, leafs[0]), chain(52, leafs[1]), leafs[2]])
del leafs
del root
print('end')

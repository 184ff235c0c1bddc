class N:
    pass
h = None
for i in range(70):
    e = ValueError(h)
    h = N()
    h.e = e
del e
del h
print('end')

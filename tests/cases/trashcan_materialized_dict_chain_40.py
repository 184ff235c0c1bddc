class N:
    pass


keep = []
for i in range(30):
    keep.append(N())
head = None
for i in range(40):
    n = N()
    n.nxt = head
    n.side = N()
    head = n
n = None
print('built 40 materialized nodes')
head = None
print('end')

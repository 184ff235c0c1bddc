# A chain of lists linked through tuples: each tuple is one more level of
# the trashcan, so the chain is cut after 25 lists.
head = []
cur = head
for i in range(40):
    nxt = []
    cur.append((nxt,))
    cur = nxt
cur = nxt = None
head = None
print('end')

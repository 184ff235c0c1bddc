class Cell:
    def __init__(self, r, c):
        self.r = r
        self.c = c


rows = []
for r in range(3):
    row = []
    for c in range(3):
        row.append(Cell(r, c))
    rows.append(row)
print(len(rows), len(rows[2]))
rows[1] = None
print('middle row released')
rows.pop(0)
print('first row released')
row = None
rows = None
print('end')

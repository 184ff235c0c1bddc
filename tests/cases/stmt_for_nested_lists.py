class A:
    def __init__(self, n):
        self.n = n


grid = [[A(1), A(2)], [A(3)]]
for row in grid:
    for cell in row:
        print(cell.n)
grid = None
print('row and cell still hold')
row = None
cell = None
print('end')

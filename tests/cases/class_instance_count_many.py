class Item:
    def __init__(self, n):
        self.n = n


items = []
for i in range(60):
    items.append(Item(i))
print(len(items), items[59].n)
while len(items) > 50:
    items.pop()
print(len(items))
items = None
print('end')

class Item:
    pass


class Registry:
    items = []


Registry.items.append(Item())
x = Item()
Registry.items.append(x)
x = None
print('items reachable through the class object')

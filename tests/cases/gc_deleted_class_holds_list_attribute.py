import gc


class Item:
    pass


class Registry:
    items = [Item(), Item()]


print(len(Registry.items))
del Registry
print('class deleted: its list waits for the collector')
gc.collect()
print('end')

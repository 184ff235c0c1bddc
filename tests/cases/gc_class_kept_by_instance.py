import gc


class Item:
    pass


class Holder:
    shared = [Item()]

    def __init__(self):
        self.own = Item()


h = Holder()
del Holder
print('instance keeps the class')
print(h.shared)
h = None
print('instance gone, class still in its cycle')
gc.collect()
print('end')

import gc


class Registry:
    count = 0
    items = []

    def __init__(self, name):
        self.name = name
        Registry.count = Registry.count + 1
        Registry.items.append(self)

    def __del__(self):
        print('never runs while registered', self.name)


a = Registry('a')
b = Registry('b')
print(Registry.count, len(Registry.items))
a = None
b = None
print('still registered')
Registry.items.clear()
print('unregistered')
del Registry
gc.collect()
print('end')

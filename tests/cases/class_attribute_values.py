# Class attributes of any value: traced objects the class holds, shared
# by every instance; they live as long as the class (a cycle: gc).
import gc


class Registry:
    items = []
    table = {'a': [1]}
    default = None

    def add(self, x):
        self.items.append(x)


class Entry:
    def __del__(self):
        print('entry gone')


Registry.default = Entry()
r = Registry()
r.add(Entry())
print(len(Registry.items), r.table['a'])
r = None
del Registry
print('class deleted')
gc.collect()
print('end')

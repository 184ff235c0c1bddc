# A for loop over a proxy iterates its referent; a dead one raises.
import weakref


class Bag:
    def __init__(self):
        self.items = [1, 2]

    def __iter__(self):
        return iter(self.items)


b = Bag()
p = weakref.proxy(b)
for x in p:
    print(x)
del b
try:
    for x in p:
        print(x)
except ReferenceError as e:
    print(e)

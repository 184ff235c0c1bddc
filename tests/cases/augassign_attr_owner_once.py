# `get().x += v` evaluates get() once: LOAD_ATTR on a copy of the object,
# then STORE_ATTR on it; the old value is released after the store.
class Box:
    def __init__(self):
        self.count = 0
        self.items = []

    def __del__(self):
        print('box gone')


class Item:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print('item gone', self.n)


b = Box()


def get():
    print('get')
    return b


get().count += 5
get().items += [Item(1)]
get().items *= 2
print(b.count, len(b.items))
b.items = [Item(2)]
b.count -= 1
print(b.count)
b = None
print('end')

# A key function that appends to the list being sorted: the appended
# item is released and list.sort() raises ValueError.
class Foo:
    def __del__(self):
        print('del Foo')
l = [2, 1]
def key(x):
    l.append(Foo())
    return x
l.sort(key=key)
print('not reached')

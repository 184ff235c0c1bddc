# A tuple as a class attribute holds its items until the class is
# collected; a returned tuple indexed at once dies, its other items too.
class Foo:
    def __init__(self, tag):
        self.tag = tag

    def __del__(self):
        print('bye', self.tag)


class Holder:
    items = (Foo('c1'), Foo('c2'))


def pair():
    return Foo('p1'), [Foo('p2')]


x = pair()[1]
print(len(x), Holder.items[1].tag)
del Holder
print('end')

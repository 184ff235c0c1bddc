# Closures made in a loop share one cell: they all see the last value; a
# default argument binds the value of each turn instead.
class Item:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print('drop item', self.n)


def make_all():
    late = []
    early = []
    for i in range(3):
        item = Item(i)
        late.append(lambda: item.n)
        early.append(lambda it=item: it.n)
    return late, early


late, early = make_all()
print(late[0](), late[2](), early[0](), early[1]())
early = None
print('early gone')
late = None
print('end')

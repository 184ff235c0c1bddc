# max() compares with `>` and min() with `<`, through the instances'
# methods: a new best is kept, the other released
class Item:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        print('lt', self.v, other.v)
        return self.v < other.v

    def __gt__(self, other):
        print('gt', self.v, other.v)
        return self.v > other.v

    def __del__(self):
        print('del', self.v)


def same(i):
    return i


print(max([Item(2), Item(1), Item(3)]).v)
print(min(Item(2), Item(1), Item(3)).v)
print(max([Item(4), Item(6)], key=same).v)
try:
    print(min([Item(7), 3]))
except TypeError as err:
    print('TypeError', err)

# A class body's annotations are evaluated and kept in the class's
# __annotations__: they live as long as the class, which only the collector
# frees.  A re-annotated name releases its old annotation at once.
import gc


class Item:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print('del Item', self.n)


a, b, c, d = Item(1), Item(2), Item(3), Item(4)


class K:
    t: a = 1
    u: list[b]
    t: c = 2
    v: (int, d) = 3

    def m(self, p: a) -> Item:
        y: b = 1
        return y


del a, b, c, d
print(K.t, K.v, K().m(0))
del K
print('collect')
gc.collect()
print('end')

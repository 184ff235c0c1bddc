# list.sort() and sorted() of instances call their __lt__ (or the other
# side's __gt__), pair for pair as CPython's binary insertion sort
import sys


class Item:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        print('lt', self.v, other.v)
        return self.v < other.v

    def __repr__(self):
        return f'I{self.v}'

    def __del__(self):
        print('del', self.v)


class Rev:
    def __init__(self, v):
        self.v = v

    def __gt__(self, other):
        print('gt', self.v, other.v)
        return self.v > other.v


def negated(i):
    return -i.v


a = Item(2)
b = Item(1)
c = Item(3)
l = [a, b, c]
l.sort()
print(l)
print(sorted([c, a, b], reverse=True))
print(sorted([a, c], key=negated))
print(sys.getrefcount(a), sys.getrefcount(l))
r = [Rev(2), Rev(1)]
try:
    r.sort()
except TypeError as err:
    print('TypeError', err)
del l, a, b
print(r[0].v, r[1].v)
c = None

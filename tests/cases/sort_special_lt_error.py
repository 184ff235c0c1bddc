# A __lt__ that raises stops the sort: the list gets its items back in the
# order reached so far, and what the comparison made is released
class Item:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        if self.v == 0 or other.v == 0:
            raise ValueError('zero')
        return Truth(self.v < other.v)

    def __repr__(self):
        return f'I{self.v}'


class Truth:
    def __init__(self, b):
        self.b = b

    def __bool__(self):
        print('bool', self.b)
        return self.b

    def __del__(self):
        print('del Truth')


l = [Item(3), Item(1), Item(2)]
l.sort()
print(l)
l.append(Item(0))
try:
    l.sort()
except ValueError as err:
    print('ValueError', err, l)
print(sorted([Item(5), 'x']))

# __hash__ runs at each dict operation on the key; __eq__ alone, or
# __hash__ = None, makes instances unhashable; a subclass inherits that.
class H:
    def __init__(self, n):
        self.n = n

    def __hash__(self):
        print('hash', self.n)
        return self.n

    def __repr__(self):
        return 'H' + str(self.n)


class E:
    def __eq__(self, other):
        return True


class SubE(E):
    pass


class N:
    __hash__ = None


a = H(1)
d = {a: 'one', H(2): 'two'}
print(d[a], a in d, d.get(a), H(1) in d)
d[a] = 'uno'
print(d, d.pop(a), (a, 2) in {(a, 2): 1})
x = [E(), SubE(), N()]
print(E() == 1, x.count(x[0]))
print({SubE(): 1})

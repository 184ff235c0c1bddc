# An error inside a special method propagates with the innermost line;
# the frames release their locals innermost first.
class Tmp:
    def __del__(self):
        print('tmp gone')


class R:
    def __repr__(self):
        t = Tmp()
        return 1 + 'x'


class E:
    def __init__(self, n):
        self.n = n

    def __eq__(self, other):
        t = Tmp()
        return self.n.missing


def show(x):
    keep = [1]
    print('before', x, 'after')


items = [E(1), E(2)]
print(items.count(items[0]))
show(R())

# A dict comprehension stores each key as any store does: its __hash__,
# then __eq__ against a stored key of the same hash (the stored key left)
class Key:
    def __init__(self, name):
        self.name = name

    def __hash__(self):
        print('hash', self.name)
        return 7

    def __eq__(self, other):
        print('eq', self.name, other.name)
        return self.name[0] == other.name[0]


keys = [Key('a1'), Key('b1'), Key('a2')]
d = {k: k.name for k in keys}
print(len(d), [k.name for k in d], list(d.values()))
e = {k.name: k for k in keys}
print(len(e))
del keys
d = None
print(len(e))

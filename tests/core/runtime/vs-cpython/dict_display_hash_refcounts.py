# A display of keys that are not constants fills its dict by PyDict_SetItem
# (_PyDict_FromItems), which references each key while its __hash__ and
# __eq__ run (the oracle's _dict_build holds one more: its *items tuple)
import sys


class K:
    def __init__(self, name):
        self.name = name

    def __hash__(self):
        print('hash', self.name, sys.getrefcount(self))
        return 0

    def __eq__(self, other):
        print('eq', self.name, sys.getrefcount(self), other.name, sys.getrefcount(other))
        return False


first = K('first')
second = K('second')
d = {first: 1, second: 2}
e = {first: d, 'x': second}
print(len(d), len(e))

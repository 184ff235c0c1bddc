# `d |= m` takes anything with a keys() method for a mapping: keys() runs,
# then each value is looked up by subscript.  `[] *= huge` stays empty.
class M:
    def keys(self):
        print('keys called')
        return []


class N:
    def __init__(self):
        self.log = []

    def keys(self):
        print('keys of N')
        return ['a']


d = {'x': 1}
d |= M()
print(d)
e = []
e *= 10 ** 18
print(e)
d |= N()

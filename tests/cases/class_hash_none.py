# __hash__ = None makes instances unhashable.
class Key:
    __hash__ = None


class Sub(Key):
    pass


k = Key()
d = {'plain': [1]}
print(len(d))
d[Sub()] = [2]

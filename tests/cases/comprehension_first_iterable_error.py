# An error in the first iterable happens before the comprehension's frame.
class Item:
    pass


def items():
    raise ValueError('no items')


try:
    out = [x for x in items()]
except ValueError:
    print('caught')
try:
    out = [x for x in 5]
except TypeError as e:
    print('caught', e)
print([x for x in []])

# %-formatting of instances: %d takes __int__, %x %o %c take __index__,
# %f takes __float__ (or __index__); %s and %r their __str__/__repr__.
class I:
    def __int__(self):
        print('int')
        return 4

    def __index__(self):
        print('index')
        return 65

    def __float__(self):
        return 1.5

    def __repr__(self):
        return 'I()'


class Only:
    def __index__(self):
        return 7


x = I()
s = '%d %x %o %c %f %s %r' % (x, x, x, I(), x, x, x)
print(s)
print('%d %f' % (Only(), Only()), '%5.1f|%-4d|' % (x, x))
print('%x' % [x][0], '%d' % x)
y = '%d' % 'str'

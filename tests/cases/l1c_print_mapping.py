# print(**m) with a script dict of sep/end (and flush), as CPython unpacks it:
# the mapping's items become keywords; file=None is sys.stdout.
m = {'sep': '-', 'end': '!\n'}
print(1, 2, **m)
print('a', 'b', **{'sep': '+'}, end='.\n')
print(3, flush=True, **{'end': ''})
print(**{'file': None, 'flush': False})


class Loud:
    def __bool__(self):
        print('flush asked')
        return False


print(4, flush=Loud(), **m)
try:
    print(5, sep='x', **m)
except TypeError as e:
    print('TypeError', e)
try:
    print(6, **{'sep': 7})
except TypeError as e:
    print('TypeError', e)
try:
    print(8, **{'colour': 'red'})
except TypeError as e:
    print('TypeError', e)

# An error inside a generator expression stops every consumer.
class Item:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print('bye', self.n)


def items():
    return [Item(1), Item(0)]


try:
    sum(10 // x.n for x in items())
except ZeroDivisionError:
    print('caught sum')
try:
    any(10 // x.n > 100 for x in items())
except ZeroDivisionError:
    print('caught any')
try:
    all(10 // x.n for x in items())
except ZeroDivisionError:
    print('caught all')
try:
    min(10 // x.n for x in items())
except ZeroDivisionError:
    print('caught min')
try:
    max((10 // x.n for x in items()), key=abs)
except ZeroDivisionError:
    print('caught max')
try:
    sorted(10 // x.n for x in items())
except ZeroDivisionError:
    print('caught sorted')
try:
    list(x if x.n else 1 // x.n for x in items())
except ZeroDivisionError:
    print('caught list')
try:
    tuple(x if x.n else 1 // x.n for x in items())
except ZeroDivisionError:
    print('caught tuple')
try:
    dict((x, 1 // x.n) for x in items())
except ZeroDivisionError:
    print('caught dict')
try:
    '-'.join(str(1 // x.n) for x in items())
except ZeroDivisionError:
    print('caught join')
print('end')

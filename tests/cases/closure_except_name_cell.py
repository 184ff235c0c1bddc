# An `except ... as e` name that a nested function uses is a cell: the
# handler's end stores None into the cell and empties it, so the closure
# then finds no value.
class Oops(Exception):
    def __del__(self):
        print('oops gone')


def handle():
    try:
        raise Oops('x')
    except Oops as e:
        get = lambda: e
        print('caught', type(get()).__name__)
    print('after handler')
    try:
        get()
    except NameError:
        print('NameError')


handle()
print('end')

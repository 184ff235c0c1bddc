# f(**mapping): the dict's items become keyword arguments; the call's own
# copy keeps the values until the call returns.
import sys


class Foo:
    def __init__(self, tag):
        self.tag = tag

    def __del__(self):
        print('bye', self.tag)


def show(a, b):
    print(a.tag, b, sys.getrefcount(a))


opts = {'a': Foo('x'), 'b': 2}
show(**opts)
show(Foo('y'), **{'b': 3})
opts = None
print('end')

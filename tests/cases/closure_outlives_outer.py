# The outer frame is gone once it returns, but the cell it made stays,
# held by the closure; the plain locals of the frame die at the return.
class Foo:
    def __init__(self, tag):
        self.tag = tag

    def __del__(self):
        print('bye', self.tag)


def outer():
    plain = Foo('plain')
    kept = Foo('kept')

    def inner():
        return kept.tag
    return inner


f = outer()
print('outer returned')
print(f())
del f
print('end')

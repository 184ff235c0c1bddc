# An exception's traceback keeps the frame that raised, and with it the
# frame's cells: their values stay until the handler ends.
class Foo:
    def __init__(self, tag):
        self.tag = tag

    def __del__(self):
        print('bye', self.tag)


def fail():
    held = Foo('in cell')
    plain = Foo('plain')

    def inner():
        return held
    raise ValueError('boom')


try:
    fail()
except ValueError:
    print('handling')
print('end')

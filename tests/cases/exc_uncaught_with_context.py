# An error raised while another is handled, uncaught: its args go before
# the error line, then the frames innermost first, then the exception,
# and with it its context, which releases the frames it kept.
class Foo:
    def __init__(self, tag):
        self.tag = tag

    def __del__(self):
        print('bye', self.tag)


def first():
    a = Foo('first local')
    raise KeyError(Foo('key'))


def second():
    b = Foo('second local')
    try:
        first()
    except KeyError:
        c = Foo('handler local')
        raise ValueError(Foo('value arg'))


second()

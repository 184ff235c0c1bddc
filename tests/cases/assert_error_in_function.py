# A failing assert without a message in a function: the error line, then
# the frame releases its locals.
class Foo:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print('bye', self.n)


def check(x):
    local = Foo(x)
    assert x > 0
    return local


print(check(1).n)
check(-1)

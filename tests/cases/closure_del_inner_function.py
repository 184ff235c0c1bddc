# del of the nested function in the frame that made it: the function and
# its closure tuple go, but the cell stays in the frame until it returns.
class Foo:
    def __init__(self, tag):
        self.tag = tag

    def __del__(self):
        print('bye', self.tag)


def outer():
    x = Foo('x')

    def inner(d=Foo('default')):
        return x
    del inner
    print('inner deleted')
    return 0


outer()
print('end')

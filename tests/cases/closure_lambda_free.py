# A lambda closes over a local like a def; a lambda called at once dies
# where it is called, and its cell with it.
class Foo:
    def __init__(self, tag):
        self.tag = tag

    def __del__(self):
        print('bye', self.tag)


def run():
    x = Foo('x')
    print((lambda: x.tag)())
    keep = lambda: x
    x = Foo('y')
    print(keep().tag)
    return 0


run()
print('end')

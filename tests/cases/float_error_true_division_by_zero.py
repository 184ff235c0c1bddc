# int / 0 is ZeroDivisionError; the temporaries of the line are released.
class Foo:
    def __del__(self):
        print('del Foo')
def f(a, b):
    return b
keep = [Foo()]
print(f(Foo(), 7 / 0))

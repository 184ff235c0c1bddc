# The default object lives as long as the function that holds it.
class Foo:
    def __init__(self, tag):
        self.tag = tag

    def __del__(self):
        print('bye', self.tag)


def f(a, b=Foo('default')):
    return b


x = f(1)
y = f(2, Foo('given'))
del f
print('f gone')
x = y = None

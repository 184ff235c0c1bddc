# In a function, `except E as e` makes e a local that is deleted when the
# handler ends; reading it afterwards is an UnboundLocalError.
class Foo:
    def __init__(self, tag):
        self.tag = tag

    def __del__(self):
        print('bye', self.tag)


def f():
    x = Foo('x')
    try:
        raise ValueError(Foo('arg'))
    except ValueError as e:
        print('in handler', e.args[0].tag)
    print('after handler')
    try:
        print(e)
    except UnboundLocalError as err:
        print('UnboundLocalError:', err)
    return x


print(f().tag)

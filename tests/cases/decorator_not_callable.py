# A decorator that is not callable: TypeError at the decorator's line,
# after the function and its defaults were made.
class Tag:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print('tag gone', self.name)


deco = 5


@deco
def f(x=Tag('default')):
    pass

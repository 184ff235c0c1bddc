# Decorators are evaluated top to bottom, before the defaults, and
# applied bottom up; the name gets what the last one returns.
class Tag:
    def __init__(self, name):
        self.name = name
        print('tag', name)

    def __del__(self):
        print('tag gone', self.name)


def shout(f):
    print('shout wraps', f.__name__)
    return f


def replace(f):
    print('replace drops', f.__qualname__)
    return [Tag('replacement')]


def make(name):
    print('make', name)
    return shout


@shout
@make('inner')
def greet(who, tag=Tag('default')):
    return 'hello ' + who


print(greet('you'))


@replace
def gone(a=Tag('held by gone')):
    pass


print(gone[0].name)
gone = None
print('end')

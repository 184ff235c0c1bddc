# A decorator factory: two levels of closures; the wrapper's cells hold
# the wrapped function and the factory's argument.
class Tag:
    def __init__(self, text):
        self.text = text

    def __del__(self):
        print('drop tag', self.text)


def labelled(tag):
    def decorate(fn):
        def wrapper(x):
            return tag.text + ':' + str(fn(x))
        return wrapper
    return decorate


@labelled(Tag('double'))
def double(x):
    return [x, x]


print(double(2))
del double
print('end')

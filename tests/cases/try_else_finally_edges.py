# Edges of try: an error in else is not caught by the handlers beside it;
# continue in finally discards the pending exception; a handler may del
# its name; try inside finally.
class Foo:
    def __init__(self, tag):
        self.tag = tag

    def __del__(self):
        print('bye', self.tag)


try:
    try:
        x = Foo('body')
    except KeyError:
        print('not here')
    else:
        raise KeyError(Foo('from else'))
    finally:
        print('finally after else')
except KeyError as e:
    print('outer got', e.args[0].tag)
for i in range(2):
    try:
        raise ValueError(Foo('discarded %d' % i))
    finally:
        print('continue drops it')
        continue
try:
    raise TypeError('t')
except TypeError as e:
    del e
    print('deleted by hand')
try:
    pass
finally:
    try:
        raise IndexError(Foo('inner'))
    except IndexError:
        print('inner handled')
print('end')

class A:
    def __init__(self, tag):
        self.tag = tag


def target():
    print('target evaluated')
    return holder


def key():
    print('key evaluated')
    return 'k'


def value():
    print('value evaluated')
    return A('value')


holder = A('holder')
d = {}
target().attr = value()
d[key()] = value()
d[A('key object')] = A('value object')
print(d)

import weakref


def forever(n):
    return forever(n + 1)


class A:
    def __init__(self, tag):
        self.tag = tag

    def __del__(self):
        print('__del__ recursing', self.tag)
        forever(0)
        print('not printed')


def cb(w):
    print('callback recursing')
    forever(0)


a = A('a')
a.child = A('child')
a = None
b = A('b')
w = weakref.ref(b, cb)
b = None
print('the RecursionErrors were swallowed')

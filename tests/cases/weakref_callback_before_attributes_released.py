import weakref


class A:
    def __init__(self, tag):
        self.tag = tag

    def __del__(self):
        print('__del__', self.tag)


def cb(w):
    print('callback')


a = A('outer')
a.inner = A('inner')
w = weakref.ref(a, cb)
a = None
print('end')

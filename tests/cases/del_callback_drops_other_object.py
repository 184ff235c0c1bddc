import weakref


class A:
    def __init__(self, tag):
        self.tag = tag

    def __del__(self):
        print('bye', self.tag)


def cb(w):
    global other
    print('callback drops other')
    other = None


a = A('a')
other = A('other')
w = weakref.ref(a, cb)
a = None
print('end')

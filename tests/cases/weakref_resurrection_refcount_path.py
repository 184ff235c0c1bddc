import weakref


class A:
    def __del__(self):
        global saved
        print('resurrecting')
        saved = self


def cb(w):
    print('callback')


a = A()
w = weakref.ref(a, cb)
a = None
print(w() is saved)
saved = None
print('__del__ does not run twice')
print(w())

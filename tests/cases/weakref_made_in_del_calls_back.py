import weakref


class A:
    def __del__(self):
        refs.append(weakref.ref(self, cb))
        print('__del__ made a weakref to the dying object')


def cb(w):
    print('callback runs right after __del__')


refs = []
a = A()
a = None
print(refs[0]() is None)

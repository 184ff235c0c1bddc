import weakref


class A:
    def __init__(self, tag):
        self.tag = tag


made = []


def cb(w):
    print('callback sees', w())
    made.append(A('from callback'))
    tmp = A('temporary')
    print('callback done')


a = A('target')
a.child = A('child')
w = weakref.ref(a, cb)
a = None
print(len(made))

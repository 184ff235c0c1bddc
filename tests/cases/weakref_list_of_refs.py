import weakref


class A:
    def __init__(self, n):
        self.n = n


objs = [A(0), A(1), A(2)]
refs = [weakref.ref(objs[0]), weakref.ref(objs[1]), weakref.ref(objs[2])]
objs.pop(1)
for r in refs:
    print(r() is None)
objs = None
print(refs[0]() is None)

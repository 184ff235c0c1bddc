# Callbacks of proxies and refs run newest first.
import weakref


class Foo:
    pass


class Tag:
    def __init__(self, tag):
        self.tag = tag

    def __call__(self, w):
        print('callback', self.tag)


f = Foo()
r1 = weakref.ref(f, Tag('ref1'))
p1 = weakref.proxy(f, Tag('proxy1'))
p0 = weakref.proxy(f)
r2 = weakref.ref(f, Tag('ref2'))
p2 = weakref.proxy(f, Tag('proxy2'))
del f
print('end')

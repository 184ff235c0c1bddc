# A proxy with a callback calls it when the referent dies, with the proxy.
import weakref


class Foo:
    def __del__(self):
        print('Foo.__del__')


def gone(p):
    print('proxy callback', type(p) is weakref.ProxyType)


f = Foo()
p = weakref.proxy(f, gone)
f = None
print('end')

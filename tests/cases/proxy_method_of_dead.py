# A bound method taken through a proxy keeps the referent alive.
import weakref


class Foo:
    def hello(self):
        return 'hello'

    def __del__(self):
        print('del Foo')


f = Foo()
p = weakref.proxy(f)
m = p.hello
f = None
print('still', m())
m = None
try:
    p.hello()
except ReferenceError:
    print('dead now')

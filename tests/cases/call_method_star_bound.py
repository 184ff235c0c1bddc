# A method call with a `*` or a `**` is LOAD_ATTR + CALL_FUNCTION_EX: the
# bound method holds self for the call; plain calls use LOAD_METHOD.
import sys


class A:
    def m(self, *args, **kw):
        print(sys.getrefcount(self), len(args), len(kw))

    def n(self, x, y=0):
        print(sys.getrefcount(self), sys.getrefcount(x))


a = A()
a.m(1, 2)
a.m(*[1, 2])
a.m(k=1)
a.m(**{'k': 1})
a.n(a)
a.n(*(a,))
a.n(x=a)
a.n(a, **{'y': 2})
A.n(a, x=a)
print(*[1, 2])

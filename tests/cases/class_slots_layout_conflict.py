# Two bases with slots of their own cannot be combined.
class A:
    __slots__ = ('a',)


class B:
    __slots__ = ('b',)


class Ok(A):
    __slots__ = ()


class C(Ok, B):
    pass

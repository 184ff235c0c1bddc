class A:
    __slots__ = ('a', 'a')
a = A()

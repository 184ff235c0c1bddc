# Private names inside a class are mangled (`__x` in class A is `_A__x`):
# attributes, __slots__ entries, methods, parameters and locals; a string
# (getattr, hasattr) and code outside the class are not.
__g = 'module'


class A:
    __slots__ = ('__x', 'y', '__weakref__')

    def __init__(self):
        self.__x = [1]
        self.y = [2]

    def __helper(self, __n=3):
        return __n

    def get(self):
        __local = self.__helper()
        return self.__x, __local, self.__helper.__name__, A.__helper.__qualname__

    def glob(self):
        return __g


a = A()
print(a.get(), a._A__x, hasattr(a, '__x'), getattr(a, '_A__x'), a._A__helper(4))
try:
    a.__x
except AttributeError as e:
    print(e)
try:
    a.glob()
except NameError as e:
    print(e)


class _B(A):
    __slots__ = ['__z']

    def __init__(self):
        super().__init__()
        self.__z = {}

    def show(self):
        try:
            return self.__x
        except AttributeError as e:
            return str(e)


b = _B()
print(b.show(), b._B__z)


class __C:
    __slots__ = ('__q',)


try:
    __C().__q = 1
except AttributeError as e:
    print(e)
c = __C()
c._C__q = [3]
del a, b, c

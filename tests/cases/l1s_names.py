class C:
    """doc"""
    def m(self):
        pass
def f():
    def g():
        pass
    return g
print(C.__name__ is 'C', C.__qualname__ is 'C', C.m.__qualname__ is 'C.m', C.m.__qualname__ is C.m.__qualname__)
print(f.__qualname__ is 'f', f().__qualname__ is f().__qualname__, f().__name__ is 'g', C.m.__name__ is 'm')
print(C.__module__ is '__main__', f.__module__ is '__main__', C.__doc__ is 'doc', C().m.__name__ is 'm')
print(type(1).__name__ is 'int', type(1).__name__ is type(1).__name__, len.__name__ is 'len', len.__name__ is len.__name__)
print(ValueError.__name__ is 'ValueError', ValueError.__name__ is ValueError.__name__, type(C()).__name__ is 'C')
try:
    {}['k' + str(1)]
except KeyError as e:
    print(e.args[0] is e.args[0], str(e) is str(e))
k = ''.join(['q', 'q'])
try:
    {}[k]
except KeyError as e:
    print(e.args[0] is k)
try:
    raise ValueError(k)
except ValueError as e:
    print(e.args[0] is k, str(e) is k)
try:
    int('x')
except ValueError as e:
    print(str(e) is str(e), e.args[0] is e.args[0])
print(f.__name__ is 'f', (lambda: 0).__name__ is '<lambda>', (lambda: 0).__name__ is (lambda: 0).__name__)
print(str(type(1)) is str(type(1)), repr(len) is repr(len))

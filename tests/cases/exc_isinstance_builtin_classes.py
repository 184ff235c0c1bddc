class E(ValueError):
    pass
print(isinstance(E(), Exception), issubclass(E, LookupError), isinstance(5, ValueError))
try:
    1/0
except Exception as e:
    print(isinstance(e, ArithmeticError), isinstance(e, (KeyError, ZeroDivisionError)), issubclass(ZeroDivisionError, Exception), type(e) is ZeroDivisionError)
try:
    [][1]
except LookupError as e:
    print(type(e).__name__, isinstance(e, IndexError), isinstance(e, KeyError), isinstance(e, BaseException))
    print(issubclass(type(e), LookupError), isinstance(e, (int, str)), isinstance(e, object))
class F(KeyError):
    pass
print(issubclass(F, LookupError), issubclass(F, IndexError), isinstance(F('x'), KeyError))
try:
    isinstance(1, 5)
except TypeError as e:
    print(e)

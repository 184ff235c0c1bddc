print(type(...), type(NotImplemented), type(...) is type(Ellipsis), type(None))
print(isinstance(..., type(...)), isinstance(None, type(...)), type(...).__name__)
print(type(NotImplemented).__name__, repr(type(Ellipsis)), str(type(...)))

# A repeat CPython cannot allocate raises MemoryError (a list, a tuple,
# `*=`), an empty sequence repeats to itself, and the script goes on.
class Foo:
    pass
f = Foo()
try:
    c = [f] * (2 ** 62)
except Exception as e:
    print('list', repr(e), e.args)
try:
    c = (f, f) * (2 ** 61)
except Exception as e:
    print('tuple', repr(e))
print([] * 2 ** 62, () * 2 ** 62)
x = [f] * 3
try:
    x *= 2 ** 61
except Exception as e:
    print('inplace', repr(e), len(x))
x = None
y = [f, [f]] * (2 ** 60)

# A default value is held by the function's defaults tuple: getrefcount
# counts it, and a call that uses it gives the frame one more.
import sys


class Foo:
    pass


d = Foo()


def show(x=d):
    print(sys.getrefcount(x))


print(sys.getrefcount(d))
show()
show(Foo())
del show
print(sys.getrefcount(d))

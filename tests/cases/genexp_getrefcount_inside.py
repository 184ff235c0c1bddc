# getrefcount inside a generator expression.
import sys


class Foo:
    pass


a = Foo()
items = [a]
print(sum(sys.getrefcount(x) for x in items))
print(max(sys.getrefcount(items) for x in items))

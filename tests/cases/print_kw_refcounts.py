# The values given to print are borrowed: refcounts after the call are as before,
# and a temporary list printed with sep= dies once print returns.
import sys
class Foo:
    def __del__(self):
        print('del Foo', end=';\n')


f = Foo()
s = ' - '
print(f, Foo(), sep=s)
print(sys.getrefcount(f))
print([Foo()], end='\n')
print('end')

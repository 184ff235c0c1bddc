# list ==, dict == and tuple == hold different things while __eq__ runs
import sys


class C:
    def __eq__(self, other):
        print('eq', sys.getrefcount(self), sys.getrefcount(other))
        return True


a, b = C(), C()
print({'k': a} == {'k': b}, [a, 1] == [b, 1], (a,) == (b,), [a] != [b])

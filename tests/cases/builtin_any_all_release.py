# any() and all() release each item after testing it; stopping early
# drops the list iterator, which lets go of its list.
import sys
class Foo:
    def __init__(self, t):
        self.t = t
    def __del__(self):
        print('del', self.t)
print(any([Foo('a'), 1, Foo('b')]))
l = [0, Foo('c')]
print(all(l), sys.getrefcount(l))
print(any(iter([Foo('d')])), all(map(bool, [Foo('e')])))
print('end')

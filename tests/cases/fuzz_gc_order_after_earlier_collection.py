# CPython finalizes a gc batch in its gc list order. A collection reorders
# the survivors: move_unreachable first moves objects with no outside
# reference (inner, held only by outer) to the unreachable list and moves
# them back to the END of the list when a later object (outer) reaches
# them. So after the first gc.collect() the order is outer, inner, and the
# second batch runs outer's __del__ first: it drops inner, which then dies
# on the refcount path (getrefcount 3, not the gc path's 4).
import gc
import sys
class Inner:
    def __del__(self):
        print('inner', sys.getrefcount(self))
class Outer:
    def __init__(self, child):
        self.child = child
        self.me = self
    def __del__(self):
        self.child = None
o = Outer(Inner())
gc.collect()
del o
gc.collect()
print('end')

# Two unreachable self-cycles in one gc batch whose __del__ both store
# themselves in the same global: the one finalized LAST survives. With no
# earlier collection CPython finalizes in its gc list order = allocation
# order (Leaf #2 before Leaf #4), so `gone` is Leaf #4. The dict freed in
# between must not change that order (e.g. by a reused heap slot).
import gc
class Leaf:
    def __init__(self):
        self.me = self
    def __del__(self):
        global gone
        gone = self
x11 = {}
x12 = [Leaf()]
x12.append(x12)
del x11, x12
x15 = [Leaf()]
del x15
gc.collect()
print(gone)

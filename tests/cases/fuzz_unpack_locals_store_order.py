# Tuple unpacking into function locals: CPython 3.11's compiler removes the
# SWAP of `a, b = x, y` / `a, b, c = x, y, z` and reorders the STORE_FASTs
# (apply_static_swaps), so the LAST target is stored (and its old value
# released) first. Four targets keep BUILD_TUPLE/UNPACK_SEQUENCE (left to
# right); a target that is not a plain local stops the reordering;
# module-level names (STORE_NAME) keep the left-to-right order.
class A:
    def __init__(self, name):
        self.name = name
def f(p, q, r, s):
    p, q = A('p2'), A('q2')
    print('two done')
    p, q, r = A('p3'), A('q3'), A('r3')
    print('three done')
    p, q, r, s = A('p4'), A('q4'), A('r4'), A('s4')
    print('four done')
    box = A('box')
    box.a = A('a1')
    p, box.a = A('p5'), A('a2')
    print('mixed done')
f(A('p1'), A('q1'), A('r1'), A('s1'))
x, y = A('x1'), A('y1')
x, y = A('x2'), A('y2')
print('module done')

# print() of deeply nested lists: CPython's repr recursion limit counts a
# level per list and one for the innermost item too, five for an
# instance (the oracle's __repr__ is Python code), two for a range, six
# for a bound method; each print below is the deepest that still works,
# then one list more fails with RecursionError.
class A:
    def m(self):
        pass


def nest(leaf, n):
    global box
    box = leaf
    i = 0
    while i < n:
        box = [box]
        i = i + 1


box = None
nest(0, 997)
print(len(box))
print(box)
nest(A(), 993)
print(box)
nest(range(3), 996)
print(box)
nest(A().m, 992)
print(box)
nest({'k': 'v'}, 996)
print(box)
nest('s', 998)
print(box)

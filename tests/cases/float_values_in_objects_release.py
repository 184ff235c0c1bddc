# Floats held by instances, lists and dicts: untraced, released with them.
import sys
import weakref
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __del__(self):
        print('del Point', self.x, self.y, self.x / self.y)
def norm(p):
    return (p.x * p.x + p.y * p.y) / 2
def gone(ref):
    print('gone', 1 / 8)
p = Point(1.5, -2.0)
q = Point(3, 4.0)
print(norm(p), norm(q), sys.getrefcount(p))
l = [p, 0.25, {'w': 0.5, 'p': q}]
r = weakref.ref(q, gone)
print(sys.getrefcount(q), l[1] * 4, l[2]['w'] + l[1])
del q
l[2]['p'] = 2.5
print(l, r())
p.x = p.x / 4
del p
l.pop(0)
print(l)

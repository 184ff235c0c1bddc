# The list methods release what they drop at once: remove() the removed
# item, pop() hands it out, clear() releases last to first, copy() makes
# a new list, reverse() keeps every item.
import sys
class Foo:
    def __init__(self, t):
        self.t = t
    def __del__(self):
        print('del', self.t)
l = [Foo('a'), Foo('b'), Foo('c')]
b = l[1]
l.remove(b)
print(sys.getrefcount(b))
del b
l.insert(0, Foo('d'))
l.extend([Foo('e')])
l.reverse()
print(l[0].t, l[-1].t, l.count(l[0]), l.index(l[2]))
m = l.copy()
print(m is l, len(m))
x = l.pop(0)
print(x.t)
del x
l.clear()
print('cleared', len(m))
m.sort(key=id)
del m
print('end')

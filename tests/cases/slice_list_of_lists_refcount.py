# A slice of a list of lists shares the inner lists: their counts grow.
import sys
a = [1]
b = [2]
outer = [a, b, [3]]
print(sys.getrefcount(a), sys.getrefcount(b))
head = outer[:2]
print(sys.getrefcount(a), sys.getrefcount(b), head[0] is a)
rev = outer[::-1]
print(sys.getrefcount(a), rev[2] is a)
outer = None
print(sys.getrefcount(a), len(rev))
rev[1:2] = []
print(sys.getrefcount(b), head, rev)

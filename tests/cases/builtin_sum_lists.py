# sum() of lists with a list start: each + makes a new list, the old
# partial sum is released at once.
import sys
a = [1]
b = [2]
start = []
r = sum([a, b], start)
print(r, sys.getrefcount(start), sum([1, 2, 3]), sum([1, 2], 10), sum([0.5, 1, True]), sum(range(5), start=-1))
print(sum([]), sum([], 7))

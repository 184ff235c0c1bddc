# min() and max() with key=: the key is called for each item, the best
# key is released when a better one comes, and both at the end.
import sys
l = [3, 1, 2]
def key(x):
    print('key', x, sys.getrefcount(l))
    return [x]
print(max(l, key=key), min(l, key=key))
print(min(5, 2, 8), max(5, 2, 8), max('hello'), min([], default=None), max([], default=0))
print(max([1, 2.5, True]), min(1, 1.0), max(1, 1.0))

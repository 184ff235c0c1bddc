# While list.sort() computes its keys the list is empty, as in CPython.
l = [3, 1, 2]
def key(x):
    print('key', x, len(l), l)
    return x
l.sort(key=key)
print(l)

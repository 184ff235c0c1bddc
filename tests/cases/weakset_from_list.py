# WeakSet(list): the list holds the items, the set does not.
import weakref


class P:
    def __del__(self):
        print('p del')


items = [P(), P()]
s = weakref.WeakSet(items)
print(len(s))
items.pop()
print(len(s))
items = None
print(len(s))

# Weak references to the items: the callback runs when the loop variable
# lets go of a temporary item.
import weakref


class Item:
    pass


refs = []


def gone(r):
    print('gone', len(refs))


out = [refs.append(weakref.ref(Item(), gone)) for n in range(2)]
print(len(out))

# A WeakKeyDictionary stored on its own key: the key holds the dict, the
# dict holds the value strongly, not the key.  The key dies normally and
# takes the dict (and so the value) with it.
import weakref


class Node:
    def __del__(self):
        print('node del')


class Meta:
    def __del__(self):
        print('meta del')


n = Node()
n.notes = weakref.WeakKeyDictionary()
n.notes[n] = Meta()
print(len(n.notes))
n = None
print('end')

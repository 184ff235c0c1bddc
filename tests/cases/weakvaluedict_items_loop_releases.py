# items() yields one pair at a time: a value only the loop holds goes
# when the loop moves on.
import weakref


class V:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print('gone', self.n)


keep = {'a': V(1), 'b': V(2)}
d = weakref.WeakValueDictionary(keep)
for k, v in d.items():
    print('at', k, v.n)
    del keep[k]
print('after', len(d))
v = None
print('end', len(d))

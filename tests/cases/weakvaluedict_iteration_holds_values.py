# Iterating yields strong references: the loop variable keeps the value.
import weakref


class V:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print('gone', self.n)


keep = [V(1), V(2)]
d = weakref.WeakValueDictionary()
d['one'] = keep[0]
d['two'] = keep[1]
for k, v in d.items():
    print(k, v.n)
print(list(d.values())[0].n)
keep = None
print('loop var holds', v.n, len(d))
v = None
print(len(d))

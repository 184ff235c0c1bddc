# len() commits the waiting removals: when a value died during the loop
# that changes the dict under the generator, which raises RuntimeError.
import weakref


class V:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print('gone', self.n)


keep = {'a': V(1), 'b': V(2), 'c': V(3)}
d = weakref.WeakValueDictionary(keep)
try:
    for k in d:
        print('at', k)
        if k == 'a':
            del keep['c']
            print(len(d))
except RuntimeError as e:
    print(e)
print(len(d), sorted(d.keys()))

# A value that dies while the dict is iterated: its entry waits until the
# iteration ends (the _IterationGuard's pending removals).
import weakref


class V:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print('gone', self.n)


keep = {'a': V(1), 'b': V(2)}
d = weakref.WeakValueDictionary(keep)
for k in d:
    print('at', k, len(d))
    if k == 'a':
        del keep['b']
print('after', len(d))

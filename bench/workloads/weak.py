# A weak-reference-heavy cache: every object has a weak reference with a
# callback that runs when it dies.
import weakref

N = 1000


class Entry:
    def __init__(self, key):
        self.key = key


dead = [0]


def gone(ref):
    dead[0] += 1


cache = {}
for i in range(N):
    e = Entry(i)
    cache[i % 100] = weakref.ref(e, gone)
    e = None
print(dead[0], len(cache))

# gc.collect() inside a __del__ that runs while a list is being
# destroyed (refcount path): the collection must not see the half-freed list.
import gc
class Node:
    def __del__(self):
        gc.collect()
d = [Node()]
d = None
print('after')

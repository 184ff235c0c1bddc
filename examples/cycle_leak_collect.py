# Reference counting cannot free a cycle: each object keeps the other's
# count above zero.  Only the cycle collector, gc.collect(), finds them.
import gc


class Person:
    def __init__(self, name):
        self.name = name
        self.friend = None


alice = Person('alice')
bob = Person('bob')
alice.friend = bob
bob.friend = alice     # a cycle
notes = [alice]        # a list that hangs off the cycle once it leaks
alice.notes = notes
del notes
alice = None
bob = None             # nothing reaches them now: leaked, not freed
print('before collect')
gc.collect()           # the collector frees the cycle and what hangs off it
print('end')

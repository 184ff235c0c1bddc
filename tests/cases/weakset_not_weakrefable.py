# Items must be weakly referenceable.
import weakref

s = weakref.WeakSet()
try:
    s.add([])
except TypeError as e:
    print(e)
print([] in s, len(s))
s.add(3)

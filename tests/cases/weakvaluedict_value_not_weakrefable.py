# A list cannot be weakly referenced: storing one is a TypeError.
import weakref

d = weakref.WeakValueDictionary()
try:
    d['k'] = [1]
except TypeError as e:
    print(e)
print(len(d))
d['j'] = {}

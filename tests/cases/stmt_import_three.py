import gc
import weakref
import sys

print(gc.isenabled())
print('imported')

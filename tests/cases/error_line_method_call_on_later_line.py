# A method call that fails (wrong argument count, a list method's error)
# is reported at the line of the method NAME, except on an imported module
# (gc, sys, weakref), whose calls CPython compiles without LOAD_METHOD and
# reports at the line where the call starts.
import sys


class Box:
    def put(self, item):
        self.item = item


b = Box()
items = [Box(), Box()]
print(sys
      .getrefcount(b))
(items
 .pop(
   0))
(b
 .put(
   items[0]))
(items
 .remove(
   b))

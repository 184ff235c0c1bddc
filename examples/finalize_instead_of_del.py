# weakref.finalize instead of __del__: the clean-up runs when the object
# dies, once, and it does not need the object itself.  The finalizer holds
# its function and arguments (not the object) until it runs.
import weakref


class TempFile:
    def __init__(self, name):
        self.name = name
        self.lines = []
        # pass what the clean-up needs; passing self (or self.close)
        # would keep the object alive forever
        self._finalizer = weakref.finalize(self, remove, name)

    def close(self):
        self._finalizer()            # runs it now; later it does nothing


def remove(name):
    print('removing', name)


a = TempFile('a.tmp')
b = TempFile('b.tmp')
a.close()
print('a closed:', not a._finalizer.alive)
a = None                             # already ran: nothing more happens
b = None                             # b dies: its finalizer runs now
print('end')

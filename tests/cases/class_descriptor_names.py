# staticmethod and classmethod objects carry their function's __name__,
# __qualname__ and __doc__ (3.10+); a property takes its getter's doc;
# a builtin method has __self__ but no __func__.
class C:
    @property
    def size(self):
        """The size."""
        return 1

    @property
    def plain(self):
        return 2

    def tool(x):
        """A tool."""
        return x


s = staticmethod(C.tool)
c = classmethod(C.tool)
print(s.__name__, s.__qualname__, s.__doc__, c.__name__, c.__doc__, c.__module__)
print(C.size.__doc__, C.plain.__doc__, property().__doc__)
l = [1]
print(l.append.__self__, l.append.__name__, hasattr(l.append, '__func__'))

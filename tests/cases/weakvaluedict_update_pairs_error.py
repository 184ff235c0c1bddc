# Constructing from a dict whose value cannot be weakly referenced: a
# TypeError, after the entries before it were stored.
import weakref


class V:
    def __del__(self):
        print('v del')


src = {'a': V(), 'b': [1]}
try:
    d = weakref.WeakValueDictionary(src)
except TypeError as e:
    print(e)
src = None
print('end')

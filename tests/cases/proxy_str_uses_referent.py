# str() and print of a proxy use the referent's __str__; repr is the proxy's.
import weakref


class Named:
    def __init__(self, name):
        self.name = name

    def __str__(self):
        return 'Named(' + self.name + ')'


n = Named('x')
p = weakref.proxy(n)
print(p, str(p), f'{p}')
print(repr(p)[:13])
print([p][0] is p)

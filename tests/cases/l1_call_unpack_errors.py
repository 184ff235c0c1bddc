def f(*a, **kw):
    return kw
class A:
    def m(self, **kw):
        pass
for thing in [f, A().m, A, print, len, {}.update, [].append]:
    try:
        thing(**5)
    except TypeError as e:
        print(e)
    try:
        thing(*5)
    except TypeError as e:
        print(e)

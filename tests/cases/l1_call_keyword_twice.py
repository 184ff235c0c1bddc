def f(**kw):
    return kw
class A:
    def m(self, **kw):
        pass
try:
    f(a=0, **{'a': 1})
except TypeError as e:
    print(e)
try:
    f(**{'a': 0}, **{'a': 1})
except TypeError as e:
    print(e)
try:
    A().m(**{'a': 0}, **{'a': 1})
except TypeError as e:
    print(e)
try:
    f(**{1: 0})
except TypeError as e:
    print(e)

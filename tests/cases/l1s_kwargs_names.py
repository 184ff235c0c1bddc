def f(**kw):
    for k in kw:
        print(k is 'alpha', k == 'alpha')
f(alpha=1)
d = dict(alpha=1)
print(list(d)[0] is 'alpha')
def g(a):
    return a
print(g(a=''.join(['q', 'r'])) is 'qr', g(''.join(['q', 'r'])) == 'qr')
class C:
    def m(self):
        pass
print(C.__name__ is 'C', C.m.__name__ is 'm', g.__name__ is 'g')

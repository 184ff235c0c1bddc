# object may be named as a base; before a script class it makes the MRO
# inconsistent.
class A(object):
    def f(self):
        return 'A.f'


class B(A, object):
    pass


print(B().f(), issubclass(B, object), type(B()).__name__, type(A))


class C(object, A):
    pass

# super(Class, obj) anywhere, and super() in a classmethod binds the
# class; its errors.
class A:
    def __init__(self):
        self.items = []

    def name(self):
        return 'A'

    @classmethod
    def make(cls):
        print('A.make', cls.__name__)
        return cls()


class B(A):
    def name(self):
        return 'B>' + super(B, self).name()

    @classmethod
    def make(cls):
        print('B.make')
        return super().make()


b = B.make()
print(b.name(), super(B, b).name(), type(b).__name__)
print(super(A, b).__init__ is not None)
x = super(B, 5).name

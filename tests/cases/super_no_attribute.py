# super() finds nothing after the class: AttributeError names 'super'.
class A:
    pass


class B(A):
    def __init__(self):
        self.held = [1, 2]
        super().__init__()
        super().missing()


b = B()

class C:
    def __init__(self, a):
        self.a = a
c = C(
    a=1,
    b=2)

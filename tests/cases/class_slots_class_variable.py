# A slot that is also a class variable: ValueError when the class is made.
class Part:
    pass


class Config:
    __slots__ = ('mode',)
    mode = Part()

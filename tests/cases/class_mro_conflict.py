# An inconsistent MRO is a TypeError after the class body ran: what the
# body made is released, then the error stops the script.
class Item:
    def __init__(self, tag):
        self.tag = tag

    def __del__(self):
        print('gone', self.tag)


class A:
    pass


class B(A):
    pass


keep = Item('kept')


class C(A, B):
    first = Item('first')
    second = [Item('in list')]

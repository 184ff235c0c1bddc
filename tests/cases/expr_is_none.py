class A:
    def __init__(self):
        self.next = None


a = A()
print(a.next is None, a.next is not None)
a.next = A()
print(a.next is None, a.next is not None)
print(a is None, None is None)

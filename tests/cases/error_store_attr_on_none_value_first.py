class A:
    def __init__(self):
        self.friend = None


a = A()
a.friend.name = A()

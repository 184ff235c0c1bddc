class A:
    def __init__(self):
        self.friend = None


a = A()
print(a.friend.name)

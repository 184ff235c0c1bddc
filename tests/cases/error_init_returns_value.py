class A:
    def __init__(self):
        self.x = [1]
        return 1


a = A()

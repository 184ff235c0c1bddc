class B:
    def __index__(self):
        return 'no'


print([1, 2][B()])

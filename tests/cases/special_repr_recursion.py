class Loop:
    def __repr__(self):
        return 'L' + repr(self)


print(Loop())

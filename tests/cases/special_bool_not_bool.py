class B:
    def __bool__(self):
        return 1


b = B()
if b:
    print('no')

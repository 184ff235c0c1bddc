class Inner:
    def __init__(self, x):
        self.x = x
        print('Inner init', x)


class Outer:
    def __del__(self):
        i = Inner(1)
        j = Inner(2, 3)
        print('not reached')


o = Outer()
o = None
print('end')

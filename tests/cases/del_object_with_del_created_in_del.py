class Inner:
    def __del__(self):
        print('inner __del__')


class Outer:
    def __del__(self):
        print('outer __del__ start')
        Inner()
        print('outer __del__ end')


o = Outer()
o = None
print('end')

# A property without a setter or deleter; a getter that makes objects.
import sys


class Temp:
    def __init__(self):
        self.scale = 1

    @property
    def reading(self):
        print('refcount in getter', sys.getrefcount(self))
        return [self.scale]

    def __del__(self):
        print('temp gone')


t = Temp()
r = t.reading
print(r, type(Temp.reading).__name__)
r = None
del t.reading

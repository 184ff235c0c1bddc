# sep must be None or a string: the error comes before anything is written,
# and the arguments of the call are released before the error line.
class Foo:
    def __del__(self):
        print('del Foo')


print('before', end=' ')
print(Foo(), [1], sep=3)

# & on a list is a TypeError; the list is released before the error line.
class Foo:
    def __del__(self):
        print('foo gone')


print(6 & 3)
print([Foo()] & 2)

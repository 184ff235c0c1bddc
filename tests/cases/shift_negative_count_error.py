# A negative shift count is a ValueError.
class Foo:
    def __del__(self):
        print('foo gone')


keep = Foo()
print(1 << 0, 8 >> 3)
n = -1
print(1 >> n)

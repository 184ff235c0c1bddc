# A zero step is a ValueError; the list being sliced is released first.
class Foo:
    def __del__(self):
        print('bye Foo')


l = [Foo(), Foo()]
print(l[::1] == l)
x = l[::0]
print('not reached')

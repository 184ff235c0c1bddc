# The value is stored before the annotation is evaluated: a missing name
# in the annotation fails after the store.
class Foo:
    def __del__(self):
        print('foo gone')


x: int = 1
y: Missing = Foo()
print('not reached')

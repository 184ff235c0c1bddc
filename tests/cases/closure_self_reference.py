# A nested function that calls itself holds its own cell: function ->
# closure -> cell -> function is a cycle, freed only by gc.collect().
import gc


class Foo:
    def __del__(self):
        print('foo gone')


def make():
    payload = Foo()

    def again(n):
        if n == 0:
            return payload
        return again(n - 1)
    return again


f = make()
print(type(f(3)).__name__)
f = None
print('dropped')
gc.collect()
print('end')

# := in a function binds a local, released with the frame in the order
# the compiler first meets the names.
class Foo:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print('bye', self.n)


def scan(items):
    first = None
    while (item := items.pop()) is not None and (first := item):
        print('took', item.n)
        if len(items) == 0:
            break
    return (last := first.n) + 100


print(scan([Foo(1), Foo(2), Foo(3)]))
print('end')

# gc.collect() while the frame that made a self-referencing closure still
# runs: the frame's cell is a root, nothing is freed; after the return the
# cycle is garbage.
import gc


class Foo:
    def __del__(self):
        print('foo gone')


def work():
    data = Foo()

    def again(n):
        return again if n else data
    gc.collect()
    print('collected while running')
    return 0


work()
print('returned')
gc.collect()
print('end')

# An error in map's function: the frame's line is the innermost, the
# argument items are released as the error passes.
class Foo:
    def __del__(self):
        print('del Foo')
def f(x, y):
    return x + y
print(list(map(f, [1, 'a'], [Foo(), 2])))

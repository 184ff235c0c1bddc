# A key function that fails inside max(): the item, the best item and
# its key are released, then the iterator.
class Foo:
    def __init__(self, t):
        self.t = t
    def __del__(self):
        print('del', self.t)
def key(f):
    if f.t == 'c':
        return missing
    return [f.t]
print(max([Foo('a'), Foo('b'), Foo('c')], key=key))

# sum() stops at the first + that fails: the partial sum and the item are
# released, then the iterator.
class Foo:
    def __del__(self):
        print('del Foo')
l = [[1], Foo()]
print(sum(l, []))

# l[i:j] = 5 is a TypeError; the list keeps its items.
class Foo:
    def __del__(self):
        print('bye')


l = [Foo(), Foo()]
l[0:1] = 5

# A __del__ that runs while slice assignment releases the replaced items
# sees the list already holding the new ones.
class Foo:
    def __init__(self, tag):
        self.tag = tag

    def __del__(self):
        print('bye', self.tag, len(l), l[0])


l = [Foo('a'), Foo('b'), 'c']
l[0:2] = ['x', 'y', 'z']
print(l)
l[::2] = [Foo('p'), Foo('q')]
l[::2] = [1, 2]
print(l)

# del l[i:j] has removed all the items before the first __del__ runs.
class Foo:
    def __init__(self, tag):
        self.tag = tag

    def __del__(self):
        print('bye', self.tag, len(l))


l = [Foo('a'), Foo('b'), Foo('c'), Foo('d'), 'e']
del l[1:3]
print(len(l))
del l[::2]
print(l)

# for over a slice: the loop's iterator holds the new list until the end.
class Foo:
    def __init__(self, tag):
        self.tag = tag

    def __del__(self):
        print('bye', self.tag)


l = [Foo('a'), Foo('b'), Foo('c')]
for x in l[1:]:
    print(x.tag)
print('loop done')
l = l[:1]
print('end')

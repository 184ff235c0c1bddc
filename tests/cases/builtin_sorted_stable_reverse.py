# sorted() is stable, also with reverse=True: equal keys keep their order.
class Foo:
    def __init__(self, k, tag):
        self.k = k
        self.tag = tag
l = [Foo(1, 'a'), Foo(0, 'b'), Foo(1, 'c'), Foo(0, 'd'), Foo(2, 'e')]
def k(f):
    return f.k
for f in sorted(l, key=k):
    print(f.tag)
for f in sorted(l, key=k, reverse=True):
    print(f.tag)
print(sorted([5, 3, 9, 1, 7, 3, 8], reverse=True), sorted(['b', 'a', 'c']), sorted((2, 1.5, True)))
print(sorted(range(10, 0, -3)), sorted([]))

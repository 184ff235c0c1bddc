# A for loop's variable that a closure uses is a cell: each turn stores the
# next item into the same cell, releasing the previous one.
class Foo:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print('drop', self.n)


def run():
    for x in [Foo(1), Foo(2), Foo(3)]:
        peek = lambda: x.n
        print('turn', peek())
    print('after loop', peek())
    return peek


f = run()
print('returned', f())
f = None
print('end')

# A chain of closures, each holding the previous one in a cell: the
# closure tuples count as trashcan levels, the functions and cells not.
class Foo:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        if self.n % 20 == 0:
            print('bye', self.n)


def link(prev, n):
    obj = Foo(n)

    def f():
        return prev, obj
    return f


chain = None
for i in range(120):
    chain = link(chain, i)
print('built')
chain = None
print('end')

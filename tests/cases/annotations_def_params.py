# A def's annotations are evaluated when the def runs (in a class body,
# with the class body's names), never when it is called.
class Foo:
    def __init__(self, n: int) -> None:
        self.n = n

    def __del__(self):
        print('bye', self.n)

    def twin(self) -> 'Foo':
        return Foo(self.n)


def pair(a: Foo, b: 'Foo') -> list[Foo]:
    local: Foo = a
    return [local, b]


def count(items: list[int], name: str) -> int:
    return len(items)


p = pair(Foo(1), Foo(2).twin())
print(p[0].n, p[1].n, count([1, 2], 'x'))
p = None
print('end')

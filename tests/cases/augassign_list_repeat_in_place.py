# `l *= n` repeats in place; `l *= 0` clears, releasing the items from the
# last to the first.
class Foo:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print('bye', self.n)


l = [Foo(1), Foo(2)]
l *= 2
print(len(l), l[2].n)
l *= True
print(len(l))
l *= 0
print(l)
k = 3
k *= [Foo(3)]
print(len(k), k[0] is k[2])
k *= -1
print(k, 'end')

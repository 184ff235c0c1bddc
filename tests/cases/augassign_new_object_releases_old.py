# When the operator makes a new object the name is rebound: the old
# value is released after the store, the right operand after the
# operator.
class Foo:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print('bye', self.n)


a = [Foo(1)]
k = 2
k *= a
print(len(k), k[0] is k[1])
t = [Foo(2)]
t2 = t
t = t + [Foo(3)]
t2 = None
print(len(t))
n = 1
n += len([Foo(4)])
print(n, 'end')

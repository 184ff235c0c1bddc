# A chained comparison evaluates each operand once, keeps the middle one
# for the next comparison and stops at the first false one.
class Foo:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print('bye', self.n)


def val(n):
    print('val', n)
    return [Foo(n)]


print(1 < 2 < 3 > 2, 1 < 2 > 3 < 4, 'a' < 'b' <= 'b' != 'c')
print(val(1) == val(1) == val(2))
print(val(3) != val(4) in [[Foo(9)]])
n = None
print(n is not print is not True, 3 in [3] in [[3]])
print('end')

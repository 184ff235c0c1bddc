# Builtin values on the other side: a list, a str, a tuple on the left
# give the instance's reflected method its turn before their own rules.
class R:
    def __radd__(self, other):
        print('radd', other)
        return 'r'

    def __rmul__(self, other):
        return NotImplemented

    def __eq__(self, other):
        print('eq', other)
        return 'yes'


r = R()
print([1] + r, 'a' + r, (1,) + r, 1.5 + r)
print([1] == r, r == [1], 'x' != r, [r] == [r], [r] == [R()])
l = [1, r, 2]
l.remove(2)
print(l, l.index(r))
print([2] * r)

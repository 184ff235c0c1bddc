# Tuples compare item by item, concatenate and repeat; an exact tuple that
# would be copied unchanged is returned itself.
class Foo:
    def __init__(self, tag):
        self.tag = tag

    def __del__(self):
        print('bye', self.tag)


f = Foo('f')
t = (f, 1)
u = t + (2,)
print(len(u), u[0] is f, t * 1 is t, t + () is t, len(t * 3), (1, 2) < (1, 3), (1, 2) < (1,))
print((1, 2) == [1, 2], (1, (2, 3)) == (1, (2, 3)), tuple([1, 2]), tuple('ab'), tuple(range(3)))
t = u = None
print('f is alone now')
f = None
print((1, 2) + [3])

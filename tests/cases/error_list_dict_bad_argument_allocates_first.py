# list(x) and dict(x) allocate the new container before they look at the
# argument: a bad argument frees it again (before the argument itself).
class A:
    def __del__(self):
        print('A finalized')


def build(p):
    return dict(p)


keep = [1, 2]
print(list(keep), dict({'a': keep}))
print(build(A()))

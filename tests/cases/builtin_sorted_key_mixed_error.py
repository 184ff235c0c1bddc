# Keys that cannot be compared: the keys are released first to last, the
# new list (in its half-sorted order) is freed.
class Foo:
    def __init__(self, t):
        self.t = t
    def __del__(self):
        print('del', self.t)
class Key:
    def __init__(self, t):
        self.t = t
    def __del__(self):
        print('del key', self.t)
def key(f):
    return Key(f.t)
l = [Foo(2), Foo(1)]
print(sorted(l, key=key))

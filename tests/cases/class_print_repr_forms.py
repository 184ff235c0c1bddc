class Foo:
    def m(self):
        pass


class Bar(Foo):
    pass


f = Foo()
print(f)
print(Foo)
print(Bar)
print(f.m)
print(Bar().m)
print([f, Foo])
print(print, len)
print(range(2))

# __class__ is what type() answers, for every value the subset can name.
class Foo:
    pass


f = Foo()
print(f.__class__, Foo.__class__, (1).__class__, 'a'.__class__, True.__class__, (1, 2).__class__)
print(f.__class__.__class__ is type, [].__class__ is list, type(f) is Foo, type(type(f)))
print(Foo.__class__.__name__, 1.5.__class__.__name__)

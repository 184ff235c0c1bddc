# The lines augmented assignment reports: an attribute's where its name is.
class Foo:
    pass
obj = Foo()
obj.a = 1
(obj
  .a) += 1
print(obj.a)
(obj
  .missing) += 1

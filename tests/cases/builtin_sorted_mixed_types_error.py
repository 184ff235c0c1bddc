# sorted() of an int and a str compares the second with the first: the
# TypeError names str before int; the new list is freed.
class Foo:
    def __del__(self):
        print('del Foo')
f = Foo()
l = [1, 'a']
print(sorted(l))

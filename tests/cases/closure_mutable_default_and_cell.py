# A function can hold both a default and a cell: the mutable default is
# shared by every call, the cell by every closure of one call.
class Foo:
    def __init__(self, tag):
        self.tag = tag

    def __del__(self):
        print('bye', self.tag)


def make(tag, acc=[]):
    item = Foo(tag)
    acc.append(tag)

    def show(extra=Foo('default ' + tag)):
        return item.tag, extra.tag, len(acc)
    return show


one = make('one')
two = make('two')
print(one(), two())
one = None
print('one gone')
two = None
print('end')

# min() and max() take key= and default= from a ** mapping too.
class Foo:
    def __del__(self):
        print('del Foo')
def neg(x):
    return -x
kw = {'key': neg}
print(min([1, 3, 2], **kw), max([1, 3, 2], **kw))
print(max([], **{'default': Foo()}))
print('end')

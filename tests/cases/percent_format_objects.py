# %-formatting of traced objects: %s and %r print the object, the
# mapping form looks keys up in a dict; a temporary dies after the %.
class Foo:
    def __del__(self):
        print('del Foo')


f = Foo()
print('[%s]' % f)
print('[%r]' % [f, 1])
print('[%50s]' % Foo())
d = {'a': 1, 'b': 'two', 'c': f}
print('%(a)d-%(b)s-%(b)r %(a)05x' % d)
print('%(c)s' % d)
print('%s' % d)
print('%(a)s' % {'a': Foo()})
print('done')

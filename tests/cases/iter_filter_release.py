# filter() releases each item its function refuses at once; what passes
# is handed out.
class Foo:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print('del', self.n)
def odd(f):
    print('test', f.n)
    return f.n % 2
l = [Foo(1), Foo(2), Foo(3)]
it = filter(odd, l)
del l
for f in it:
    print('got', f.n)
print('loop done')
del f
print('end')

# while/else: the else block runs when the test is false, also the first
# time; break skips it; continue goes back to the test.
class Foo:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print('bye', self.n)


n = 0
while n < 0:
    pass
else:
    print('else at once')
objs = []
while len(objs) < 3:
    objs += [Foo(len(objs))]
    if len(objs) == 2:
        continue
    print('len', len(objs))
else:
    print('else', len(objs))
while objs:
    o = objs.pop()
    if o.n == 1:
        break
else:
    print('not printed')
print(o.n, len(objs))
o = None
objs = None
print('end')

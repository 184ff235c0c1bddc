class T:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print('del', self.n)

def make(prefix):
    f = lambda t, p=prefix: p + t.n
    g = lambda: T('from g')
    print(f.__qualname__, g.__qualname__)
    print(f(T('x')))
    r = g()
    nested = lambda a: (lambda b: b * 2)(a) + 1
    print(nested(20), nested.__qualname__)
    return f

h = make('pre-')
print(h(T('y')), h.__qualname__)
del h
print('end')

import weakref

class T:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print('del', self.n)

def deco(f):
    print('decorating', f.__qualname__)
    return f

x = T('module x')

def outer(x):
    refs = []
    for i in range(3):
        @deco
        def step(k=T(f'default {i}')):
            global x
            print('step', k.n, x.n)
        step()
        refs.append(weakref.ref(step, lambda_cb))
    def shadow(x):
        x = T('shadow local')
        return x.n
    print(shadow(1))
    del step
    print('deleted step')
    return refs

def lambda_cb(r):
    print('callback', r() is None)

rs = outer(T('param x'))
print('end', len(rs))

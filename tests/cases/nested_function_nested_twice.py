import gc

class T:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print('del', self.n)

G = T('global')

def level1():
    a = T('a1')
    def level2(b):
        c = T('c2')
        def level3():
            global G
            d = T('d3')
            print('level3', G.n)
            G = T('new-global')
            return d
        print(level3.__qualname__)
        return level3()
    r = level2(T('b'))
    print('got', r.n)
    return level2

f = level1()
print(f.__qualname__)
del f
gc.collect()
print('end')

import sys

class T:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print('del', self.n)

def helper(v):
    print('helper', v.n, sys.getrefcount(v))
    return v

def outer(p):
    first = T('first')
    @staticmethod
    def plain():
        return 1
    def make(n=T('n-default')):
        q = T('q')
        return helper(T(n.n + '!'))
    second = make()
    third = T('third')
    print(make.__defaults__[0].n)
    return second.n

print(outer(T('p')))
print('done')

class T:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print('del', self.n)

def outer(t):
    def fail(x):
        local = T('local')
        return x.missing
    def unbound():
        print(y)
        y = 1
    try:
        fail(t)
    except AttributeError as e:
        print('caught', e)
    try:
        unbound()
    except UnboundLocalError as e:
        print('caught', e)
    def inner():
        return undefined_name
    inner()

outer(T('t'))

class A:
    def __init__(self, tag):
        self.tag = tag

    def m(self, x):
        return x


def f():
    if False:
        del gone
        obj.m(arg)
    arg = A('arg')
    obj = A('obj')
    gone = A('gone')
    print('compiled: gone, obj, arg')


f()
print('end')

class A:
    def __init__(self, tag):
        self.tag = tag

    def __del__(self):
        print('bye', self.tag)


def f():
    a = A('old a')
    b = A('old b')
    n = None
    a, b = n, n
    print('two local targets: b is stored (and old b released) first')


f()
n = None
a = A('old global a')
b = A('old global b')
a, b = n, n
print('module level: a first')

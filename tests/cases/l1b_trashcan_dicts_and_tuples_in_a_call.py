class N:
    pass
def build(k):
    h = None
    for i in range(k):
        if i % 2:
            h = {'n': h}
        else:
            t = N()
            t.n = (h,)
            h = t
    return h
x = build(130)
x = None
print('mid')
y = build(60)
def f(a):
    return 0
f(y)
del y
print('end')

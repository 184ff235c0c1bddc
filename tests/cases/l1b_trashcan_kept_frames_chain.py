class N:
    pass
def rec(k, h):
    loc = N()
    loc.h = h
    if k == 0:
        raise ValueError('bottom')
    rec(k - 1, loc)
try:
    rec(60, None)
except ValueError as e:
    err = e
print('caught')
del err
print('end')

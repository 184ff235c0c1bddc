class A: pass


def f(x): return x


a = f(A())
if a is not None: print('one-line if')
while False: pass
for i in range(2): print('one-line for', i)

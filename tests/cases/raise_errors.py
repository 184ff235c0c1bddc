# What raise refuses, and a bare raise with nothing being handled.
def f():
    raise


try:
    raise 42
except TypeError as e:
    print('TypeError:', e)
try:
    raise ValueError('x') from 3
except TypeError as e:
    print('TypeError:', e)
try:
    f()
except RuntimeError as e:
    print('RuntimeError:', e)
try:
    raise ValueError
except ValueError as e:
    print('class raised:', repr(e), e.args)
try:
    raise KeyError('k', 2)
except KeyError as e:
    print(str(e), repr(e), e.args)
try:
    1 / 0
except 5:
    print('never')

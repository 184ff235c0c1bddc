# The caller frame a traceback cycle keeps through f_back holds a tuple
# made after the call; gc.collect() frees what is only in it (fuzz 9308)
import gc
saved = []
class A:
    def __init__(self, p0, p1):
        self.me = self
class Oops(ValueError):
    pass
class Base1:
    def __init__(self, v):
        self.v = v
class Mix:
    tag = 'mix'
class Rich(Base1, Mix):
    pass
def exc(x):
    try:
        raise Oops(x)
    except Oops as e:
        err = e
def f3(p4=0):
    exc(saved)
    t5 = (Rich(saved), A(False, saved))
f3()
try:
    raise Oops('z z')
except Exception as e34:
    print(isinstance(e34, Oops), e34.args if not isinstance(e34, Oops) else len(e34.args))
gc.collect()

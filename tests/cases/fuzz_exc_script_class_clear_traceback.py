# Setting __traceback__ (and __cause__, __context__, __suppress_context__)
# on an instance of a script exception class: its exception data is kept
# beside the instance; found by the fuzzer (refscope crashed).
import gc
import sys


class Oops(ValueError):
    pass


class Held:
    def __del__(self):
        print('del Held')


def fail(x):
    h = Held()
    try:
        raise Oops(x)
    except Oops as e:
        err = e
    print(sys.getrefcount(err))
    return err


e = fail(14)
print('before clear')
e.__traceback__ = None
print('after clear', e.__traceback__)
gc.collect()
e.__cause__ = Oops('cause')
e.__suppress_context__ = False
print(type(e.__cause__).__name__, e.__suppress_context__)
try:
    e.__traceback__ = 5
except TypeError as t:
    print(t)
del e
print('end')

# A traceback cycle (an exception stored in the frame it was caught in)
# keeps the caller through f_back; the caller binds a local after the
# call, which its frame object takes at its end: gc.collect() frees it
# with the cycle (fuzz seeds 9069, 9308, 9312)
import gc


class A:
    def __init__(self):
        self.me = self


def exc():
    try:
        raise ValueError()
    except ValueError as e:
        err = e


def f():
    exc()
    t = A()


f()
gc.collect()

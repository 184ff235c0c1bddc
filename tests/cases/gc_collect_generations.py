# gc.collect(generation) collects generations 0..generation only; what
# survives moves one generation up, and an older object keeps what it
# refers to alive through a young collection.  The argument is checked
# after the oracle's stand-in printed `gc start` (here: a list, TypeError,
# released after the error line with the stand-in's frame).
import gc
class A:
    def __init__(self, n):
        self.n = n
        self.me = self
    def __del__(self):
        print('fin', self.n)
old = A(1)
gc.collect()
young = A(2)
old.kid = young
young.parent = old
old = None
young = None
gc.collect(0)
print('after 0')
gc.collect(1)
print('after 1')
gc.collect(2)
print('after 2')
x = A(3)
gc.collect(0)
y = A(4)
gc.collect(1)
z = A(5)
gc.collect(0)
x.other = z
x = None
y = None
z = None
gc.collect(1)
print('mid')
gc.collect(True)
gc.collect(False)
gc.collect()
print('end')
gc.collect([])

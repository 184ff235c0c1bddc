# N pairs that refer to each other; half of them are dropped, so
# gc.collect() finds N/2 leaked cycles among N/2 live ones.
import gc

N = 1000


class Pair:
    def __init__(self, i):
        self.i = i
        self.other = None


keep = []
for i in range(N):
    a = Pair(i)
    b = Pair(i)
    a.other = b
    b.other = a
    if i % 2 == 0:
        keep.append(a)
a = None
b = None
print(gc.collect() > 0, len(keep))

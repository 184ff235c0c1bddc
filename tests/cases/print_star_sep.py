# print(*seq, sep=...): the sequence stays held until print returns.
import sys
l = [10, 20, 30]
print(*l, sep=', ')
print(*l, sep='', end='.\n')
print(*[[], [1]], sep=' & ')
t = (1, 'a', None)
print(*t, sep=':')
print(*'abc', sep='-', end='!\n')
print(sys.getrefcount(l))

c = 'ab'
s = ''.join(['a', 'b'])
print(s == c, s is c, c is s)
print(''.join([s]) is s, '-'.join([s]) is s, ''.join((s,)) is s)
print(''.join([]) is '', ''.join(['', '']) is '')
t = ''.join(['A', ''])
print(t == 'A', t is 'A', t is chr(65))
print(','.join(['x', 'y']) is ','.join(['x', 'y']))
print(''.join(iter([s])) is s, ''.join(x for x in [s]) is s)

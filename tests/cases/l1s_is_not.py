s = ''.join(['x', 'y'])
c = 'xy'
print(s is not c, c is not s, s is not s, s == c, s != c)
l = [s, c]
print(l[0] is l[1], l[0] == l[1], l.index(c), l.count('xy'), c in l, s in [c])
print(l.index(s), [c].index(s))
l.remove(c)
print(l[0] is s, len(l))
t = (s, c)
print(t[0] is s, t[1] is c, t == ('xy', 'xy'), c in t)

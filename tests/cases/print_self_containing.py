l = [1]
l.append(l)
print(l)
d = {}
d['me'] = d
d['l'] = l
print(d)
m = [l, l]
print(m)
outer = [[]]
outer[0].append(outer)
print(outer)
e = {'a': []}
e['a'].append(e)
print(e)

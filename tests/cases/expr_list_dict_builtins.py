l = list()
d = dict()
print(l, d)
l.append(d)
d['l'] = l
print(l, d)
print(len(list()), len(dict()))
print('end')

import gc

l = [1]
l.append(l)
d = {'x': 1}
d['self'] = d
print(l, d)
l = None
d = None
print('two containers leak')
gc.collect()
print('end')

d = {'rows': [[1, 2], [3, 4]], 'name': 'grid'}
print(d['rows'][1][0])
d['rows'][0][1] = 20
print(d['rows'])
l = [{'k': 'v'}]
print(l[0]['k'])

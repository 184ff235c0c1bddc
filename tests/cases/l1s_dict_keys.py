k = ''.join(['k', 'e', 'y'])
d = {'key': 1}
print(d[k], k in d, d.get(k))
d[k] = 2
print(d, list(d)[0] is 'key', list(d)[0] is k)
e = {}
e[k] = 1
e['key'] = 2
print(e, list(e)[0] is k, list(e)[0] is 'key')
f = {k: 1, 'key': 2}
print(f, list(f)[0] is k)
del e['key']
print(e, k in e)
g = dict.fromkeys([k, 'key'])
print(g, list(g)[0] is k)
print(sorted([k, 'key'])[0] is k, max([k, 'a']) is k, min('key', k) is 'key')

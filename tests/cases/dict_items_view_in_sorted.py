# sorted() and list() of an items view: new (key, value) tuples.
d = {'b': 2, 'a': 1}
print(sorted(d.items()), list(d.items()), dict(d.items()), sorted(d.values(), reverse=True))
print(max(d.items()), min(d.keys()), sum(d.values()))

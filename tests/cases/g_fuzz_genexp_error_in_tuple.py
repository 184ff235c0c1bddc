# Generator expressions in join, min, max, sorted, list, tuple and dict.
words = ['pear', 'fig', 'banana']
print(', '.join(w.upper() for w in words))
print(min(len(w) for w in words), max((len(w), w) for w in words))
print(sorted(w[1] for w in words), list(w[-1] for w in words))
print(tuple(lenle(w) for w in words), dict((w, len(w)) for w in words))

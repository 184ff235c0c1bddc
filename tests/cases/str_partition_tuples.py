# partition and rpartition make tuples of three strs.
print('key=value=x'.partition('='), 'key=value=x'.rpartition('='))
print('nothing'.partition('='), 'nothing'.rpartition('='), ''.partition('a'))
a, sep, b = 'a, b, c'.partition(', ')
print(a, sep, b, len('x'.partition('x')))

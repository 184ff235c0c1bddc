# join: of a list, a tuple, a str, a dict's keys, a range of nothing.
l = ['a', 'b', 'c']
print('-'.join(l), ''.join(l), ', '.join(('x', 'y')), '.'.join('abc'), '+'.join({'k': 1, 'j': 2}))
print(repr(''.join([])), repr('x'.join(['only'])), '/'.join(range(0)), 'é'.join(['a', 'b']))
print(l, len(', '.join(['a'] * 3)))

# !a is the repr with every character outside ASCII escaped: \xNN,
# \uNNNN, \UNNNNNNNN; !s and !r of the same values for comparison.
s = 'café ☺ 𝄞'
items = [s, 'plain', {'ключ': 1}]
print(f'{s!s}|{s!r}|{s!a}')
print(f'{items!a}')
print(f'{s!a:>30}|{s!a:.5}|')
print('%a|' % s, '%10a|' % 'é', '%-12a|' % 'ü')

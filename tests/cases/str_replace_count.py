# replace(old, new, count): an empty old goes between every character.
s = 'one two one two one'
print(s.replace('one', '1'), s.replace('one', '1', 2), s.replace('one', '1', 0), s.replace('one', '1', -1))
print('abc'.replace('', '-'), 'abc'.replace('', '-', 2), ''.replace('', 'x'), 'aaa'.replace('a', ''))
print('aaaa'.replace('aa', 'b'), 'éé'.replace('é', 'e'), 'abc'.replace('x', 'y'), 'a.b.c'.replace('.', '', 1))

s = ''.join(['a', 'b', 'c'])
a = chr(65)
print(f'{s}' is s, f'{s!s}' is s, f'{s:}' is s, f'{s:s}' is s, f'{s:3}' is s, f'{s!s:}' is s)
print(f'{s:5}' is f'{s:5}', f'{s!r}' is f'{s!r}', f'{s}x' is f'{s}x', f'x{s}' == 'xabc')
print(f'{a}' is a, f'{a}{""}' is a, f'{a}{""}' is chr(65), f'{1}' is '1', f'{1:d}' is '1', f'{12}' is f'{12}')
print(f'abc' is 'abc', f'{s=}' is f'{s=}', f'{1:}' is '1')
w = 2
print(f'{s:{w}}' is s, f'{a:{w}}' is f'{a:{w}}')

# {x=} prints the expression's text and its repr; with a spec, format()
# of the value instead; with !s, str().
name = 'café'
n = 7
items = [1, 'a']
print(f'{name=} {n=} {items=}')
print(f'{n = }|{n=:>4}|{name=!s}|{name = :.2}')
print(f'{n * 3 + 1=}')
print(f'{ n }{n!r}')

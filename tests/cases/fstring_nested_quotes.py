# An f-string inside a field, with the other quotes; strings with quotes
# of their own under !r; a dict subscript and a call in a field.
x = 42
name = "it's"
d = {'k': [1, 2]}
print(f'{f"{x}"} {f"{x:>{3}}"!r} {name!r}')
print(f"{d['k']} {d['k'][1]:03} {len(d['k']) + x:x} {'{'}{'}'}")
print(f'''{'single'} {"double"} {x!s:^{x // 6}}|''')

# Doubled braces are literal, escapes are decoded in the literal parts
# (not with rf), and f-strings concatenate with plain strings.
x = 3
print(f'{{x}} {{{x}}} }}{{')
print(f'tab\t{x}\n' 'plain {x} ' f"{x}" rf'\n{x}\t' Rf'{x}\\' fR"{{\d}}")
print(f'''multi
{x} line''')
print(f'{x!r:}' f'{"}"}' f'{"{"}' f'{x:{""}}')
print(f'')
print(f'' 'a' f'')

# The format() of a field fails on the line CPython gives FORMAT_VALUE.
x = 'text'
print(f'''one
{x:d}
three''')

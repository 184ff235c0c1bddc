# {x=} forms: a conversion or a spec after the =, spaces kept around it,
# comparisons (whose = is no debug marker) before it.
x = 'ab'
print(f'{x=!r:>10}|{x = !s}|{x=:5}|{x=!a}|{x   =   }|{ x=}|')
print(f'{3 == 3=}{1 != 2=}{x<=x=}{x >= x = }')

# str's format-spec mini-language: fill, align, width, precision, the s
# type; object.__format__ only takes the empty spec.
s = 'héllo'
print(format(s), format(s, 's'), format(s, '10') + '|', format(s, '>10'), format(s, '^10') + '|')
print(format(s, '*^11'), format(s, '.2'), format(s, '>8.3'), format(s, '010') + '|')
print(f'{s:.0}|{s:1}|{s:<3.1}|')


class Foo:
    pass


f = Foo()
print(format(f) == f'{f!s}', f'{f}' == f'{f!r}', format(None), format([1, 2], ''))
print(f'{None!s:>6}|{[1, "a"]!r:>12}|')

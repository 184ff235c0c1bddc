# isdigit isalpha isalnum isspace isupper islower istitle isdecimal
# isnumeric isidentifier isprintable isascii
for s in ['', 'abc', 'ABC', 'Abc', 'Abc Def', 'abc1', '123', '12.3', ' \t\n', '²', '½', '五', '٣',
          'é', 'ÉTÉ', '_x1', '1x', 'class', 'a b', 'a\x07', '\u2028', 'Ⅷ', 'ǅa', 'a-b', 'x²']:
    print(repr(s), s.isdigit(), s.isalpha(), s.isalnum(), s.isspace(), s.isupper(), s.islower(),
          s.istitle(), s.isdecimal(), s.isnumeric(), s.isidentifier(), s.isprintable(), s.isascii())

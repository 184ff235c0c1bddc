# upper lower title capitalize swapcase casefold, full case mappings.
s = 'hello World, it\'s 3am-ok'
print(s.upper(), s.lower(), s.title(), s.capitalize(), s.swapcase(), s.casefold())
print('ßtraße'.upper(), 'ﬁne'.upper(), 'ǆemal'.title(), 'ßa'.title(), 'ßa'.capitalize())
print('ΟΔΟΣ'.lower(), 'ΣΑΣ ΣΑΣ'.lower(), 'Σ'.lower(), 'AΣ.'.lower(), 'ΣA'.lower())
print('İstanbul'.lower() == 'i̇stanbul', 'ß'.casefold(), 'MASSE'.casefold() == 'maße'.casefold())
print(''.upper(), '123'.title(), "they're bill's".title(), 'aBc DeF'.swapcase(), 'ß'.swapcase())
print(repr('a\x00b'.upper()), len('a\x00b'.upper()), 'ÉCOLE'.lower(), 'élan vital'.capitalize())

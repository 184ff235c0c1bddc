# strip, lstrip, rstrip: whitespace as CPython sees it, or the given chars.
s = ' \t\n\x0b\x0c\r\x1c\x1f\x85\xa0\u2003 mid dle \u3000\u2028 '
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print('xxhixyx'.strip('xy'), 'xxhixyx'.lstrip('x'), 'xxhixyx'.rstrip('yx'), 'abc'.strip(''))
print('abc'.strip(None), '  a  '.lstrip(None), repr('\u200b a'.strip()), repr(''.strip('a')))
print('ééabcéé'.strip('é'), '..a..'.rstrip('.'), 'aaa'.strip('a') == '')

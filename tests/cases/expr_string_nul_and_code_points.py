print(len('😀'), len('é'), len('e\u0301'), len('한국어'), len(''))
print(len('\x00'), len('a\x00b'), 'a\x00b' == 'a', 'a\x00' < 'a\x00b')
print(['a\x00b', '\x00'])
d = {'a': 1, 'a\x00b': 2, 'é': 3, 'e\u0301': 4}
print(len(d), d['a\x00b'])
print('é' == 'e\u0301', 'a' < 'é', 'é' < '😀', 'Z' < 'a')

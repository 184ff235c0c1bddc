s = 'abc'
del s[1:2]

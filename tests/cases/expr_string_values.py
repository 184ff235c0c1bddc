s = 'abc'
t = s
print(s is t, s == 'abc', s != 'abd')
d = {s: 1}
print(d['abc'])
print(len(s))

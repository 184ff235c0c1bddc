# A float bound on a str is the same TypeError.
s = 'abc'
print(s[0:1.5])

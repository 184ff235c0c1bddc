s = 'abc'
print(s[2], s[-3])
print(s[3])

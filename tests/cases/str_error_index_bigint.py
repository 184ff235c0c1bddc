s = 'abc'
print(s[10 ** 30])

# sum() of strs with the default start: 0 + 'a' fails.
l = ['a']
print(sum(l))

a = ''.join(['b', 'b'])
b = 'bb'
l = sorted([a, 'aa', 'cc'])
print(l[1] is a, l[1] is b, sorted([b, a])[0] is b, sorted([a, b])[0] is a)
print(max(a, b) is a, min(a, b) is a, max([b, a]) is b)
print(max(a) is chr(98), min('xyz') is 'x', max(''.join(['q', 'z'])) is chr(122))

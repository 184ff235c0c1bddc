l = [1, 2, 3]
while l:
    print(l.pop())
if l:
    print('non-empty')
else:
    print('empty')
d = {}
if not d:
    print('empty dict')
s = ''
if s or 0:
    print('no')
else:
    print('falsy')

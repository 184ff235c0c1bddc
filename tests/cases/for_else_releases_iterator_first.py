# for/else: the iterator (and the list display it holds) is released
# when the loop ends, before the else block; break skips the else.
class Foo:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print('bye', self.n)


for x in [Foo(1), Foo(2)]:
    print('at', x.n)
else:
    print('else', x.n)
x = None
for i in range(5):
    if i == 2:
        break
else:
    print('not printed')
for i in []:
    pass
else:
    print('empty else', i)


def find(items, n):
    for item in items:
        if item.n == n:
            return item
    else:
        print('not found', n)
    return None


print(find([Foo(3), Foo(4)], 4).n)
print(find([Foo(5)], 9))
for i in range(3):
    for j in range(3):
        if j == 1:
            break
    else:
        print('inner else')
    if i == 1:
        continue
    print('i', i, j)
else:
    print('outer else', i)
print('end')

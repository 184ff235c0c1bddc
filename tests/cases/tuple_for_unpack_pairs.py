# `for a, b in pairs` unpacks each tuple into the loop variables; the
# variables keep the last pair's items after the loop.
class Foo:
    def __init__(self, tag):
        self.tag = tag

    def __del__(self):
        print('bye', self.tag)


pairs = [(Foo('k1'), 1), (Foo('k2'), 2)]
for key, n in pairs:
    print(key.tag, n)
pairs = None
print('pairs dropped, key still holds k2')
for i, (x, y) in [(0, (1, 2)), (1, (3, 4))]:
    print(i, x + y)
key = None
print('end')

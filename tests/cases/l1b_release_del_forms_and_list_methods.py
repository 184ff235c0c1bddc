class D:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print('__del__', self.n)
l = [D(1), D(2), D(3)]
del l[1]
d = {'a': D(4), 'b': D(5)}
del d['a']
class H:
    pass
h = H()
h.a = D(6)
del h.a
a, b = D(7), D(8)
del a, b
print(l.pop().n)
print(d.pop('b').n)
l2 = [D(9), D(10), D(11)]
l2.remove(l2[1])
print('ins')
l2.insert(0, D(12))
l2.reverse()
print('rev')
l2.sort(key=lambda x: x.n)
print('sorted')
l2 *= 0
print('end')

class A:
    def __init__(self, tag):
        self.tag = tag


l = []
l.append(A('a'))
l.append(A('b'))
l.append(A('c'))
print(l.pop().tag)
print('popped value was a temporary')
x = l.pop(0)
print(x.tag, len(l))
l.pop(-1)
print('discarded', len(l))

class Leaf:
    pass


d = None
for i in range(70):
    d = {'next': d, 'leaf': Leaf()}
d = None
print('end')

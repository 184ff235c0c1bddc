class A:
    pass


k = A()
d = {1: 'one', k: 'obj', 'x': A()}
print(d[1], d[k])
k = None
print('key still held by the dict')
d = None
print('end')

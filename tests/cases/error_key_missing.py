class A:
    pass


d = {'a': A()}
print(d['a'])
x = d['b']

# The container, then the bounds left to right; then the subscript.
def f(x):
    print('bound', x)
    return x


l = [0, 1, 2, 3, 4, 5]
print(l[f(1):f(5):f(2)])
l[f(0):f(2)] = [f('v')]
print(l)
del l[f(1)::f(2)]
print(l)
def g():
    print('container')
    return l


print(g()[f(-2):])

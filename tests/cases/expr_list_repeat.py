class A:
    pass


a = A()
l = [a] * 3
print(len(l), l[0] is l[2])
m = 2 * [0, 1]
print(m)
z = [a] * 0
print(z)
a = None
l = None
print('end')

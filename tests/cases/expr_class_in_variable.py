class A:
    pass


K = A
k = K()
print(k, K is A)
del A
j = K()
print(j)

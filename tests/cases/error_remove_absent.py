class A:
    pass


a = A()
l = [A(), a]
l.remove(a)
print(len(l))
l.remove(a)

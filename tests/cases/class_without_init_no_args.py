class Plain:
    pass


p = Plain()
p.x = 1
print(p.x)
q = Plain()
print(p is q)

class Plain:
    pass


p = Plain()
p[0] = 1

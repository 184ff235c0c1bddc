class A:
    pass


def make():
    global made
    made = A()
    local = A()


make()
print(made)

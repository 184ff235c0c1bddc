class A:
    def __init__(self, tag):
        self.tag = tag


def loud(tag):
    print('evaluated', tag)
    return A(tag)


x = loud('first') or loud('second')
print(x.tag)
y = None and loud('never')
print(y)
z = 0 or None or loud('third')
print(z.tag)

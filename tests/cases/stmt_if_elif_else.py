class A:
    def __init__(self, tag):
        self.tag = tag


def pick(n):
    if n < 0:
        r = A('neg')
    elif n == 0:
        r = A('zero')
    elif n < 10:
        r = A('small')
    else:
        r = A('big')
    return r.tag


print(pick(-5), pick(0), pick(3), pick(99))

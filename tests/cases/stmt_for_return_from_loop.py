class A:
    def __init__(self, n):
        self.n = n


def first_big(items):
    for it in items:
        if it.n > 1:
            return it
    return None


found = first_big([A(1), A(2), A(3)])
print(found.n)

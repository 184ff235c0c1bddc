class A:
    def __init__(self, n):
        self.n = n


def find():
    i = 0
    while i < 3:
        for x in [A(i), A(i + 10)]:
            if x.n == 11:
                return x
        i = i + 1
    return None


r = find()
print(r.n)

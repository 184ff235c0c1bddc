# Call-heavy recursion: frames made and released, arguments counted.
N = 1000


class Acc:
    def __init__(self):
        self.n = 0

    def add(self, k):
        self.n += k
        return self


def down(acc, depth):
    if depth == 0:
        return acc
    acc.add(1)
    return down(acc, depth - 1)


acc = Acc()
for i in range(N // 20):
    down(acc, 20)
print(acc.n)

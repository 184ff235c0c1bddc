class A:
    def __init__(self, n):
        self.n = n


def walk():
    for row in [[A(1), A(2)], [A(3)]]:
        for cell in row:
            if cell.n == 3:
                return cell // 2


walk()
